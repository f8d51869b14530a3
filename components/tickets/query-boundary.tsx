"use client";

import { QueryErrorResetBoundary } from "@tanstack/react-query";
import { catchError, type ErrorInfo } from "next/error";
import { type ReactNode, Suspense } from "react";
import { ErrorState, shownError } from "./error-state";

type FallbackProps = { title: string; onReset: () => void };

const ErrorBoundary = catchError(function QueryErrorFallback(
  { title, onReset }: FallbackProps,
  { error, reset }: ErrorInfo,
) {
  return (
    <ErrorState
      title={title}
      error={shownError(error)}
      onRetry={() => {
        onReset();
        reset();
      }}
    />
  );
});

/**
 * Suspense plus an error boundary for the queries below it: a failed read shows
 * its message and request ID, and Try again refetches only what failed.
 */
export function QueryBoundary({
  errorTitle,
  fallback,
  children,
}: {
  errorTitle: string;
  fallback: ReactNode;
  children: ReactNode;
}) {
  return (
    <QueryErrorResetBoundary>
      {({ reset }) => (
        <ErrorBoundary title={errorTitle} onReset={reset}>
          <Suspense fallback={fallback}>{children}</Suspense>
        </ErrorBoundary>
      )}
    </QueryErrorResetBoundary>
  );
}
