"use client";

import { QueryErrorResetBoundary, type QueryKey, useQueryClient } from "@tanstack/react-query";
import { catchError, type ErrorInfo } from "next/error";
import { type ReactNode, Suspense } from "react";
import { toUserError } from "@/lib/errors/user-error";
import { AfterHydration } from "./after-hydration";
import { ErrorState } from "./error-state";

type FallbackProps = { title: string; onReset: () => void };

const ErrorBoundary = catchError(function QueryErrorFallback(
  { title, onReset }: FallbackProps,
  { error, reset }: ErrorInfo,
) {
  return (
    <ErrorState
      title={title}
      error={toUserError(error)}
      onRetry={() => {
        onReset();
        reset();
      }}
    />
  );
});

/**
 * The one place that decides what a read shows: the skeleton while it loads,
 * its data, or its failure with the message, request ID and Try again (which
 * refetches only what failed). A failure the page's prefetch met arrives in
 * the cache and shows the same way. What the server has no data for (an
 * outage it left to the browser) or failed to read is rendered in the browser
 * only, so the server never tries to read with the browser's fetcher.
 */
export function QueryBoundary({
  queryKey,
  errorTitle,
  fallback,
  children,
}: {
  queryKey: QueryKey;
  errorTitle: string;
  fallback: ReactNode;
  children: ReactNode;
}) {
  const state = useQueryClient().getQueryState(queryKey);
  const browserOnly = state === undefined || state.status === "error";
  return (
    <QueryErrorResetBoundary>
      {({ reset }) => (
        <ErrorBoundary title={errorTitle} onReset={reset}>
          <AfterHydration active={browserOnly} fallback={fallback}>
            <Suspense fallback={fallback}>{children}</Suspense>
          </AfterHydration>
        </ErrorBoundary>
      )}
    </QueryErrorResetBoundary>
  );
}
