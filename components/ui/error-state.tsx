"use client";

import { Button } from "@/components/ui/button";
import { RefreshCw, TriangleAlert } from "@/components/ui/icons";
import type { UserError } from "@/lib/errors/user-error";
import { RequestId } from "./request-id";

type ErrorStateProps = {
  title: string;
  error: UserError;
  onRetry?: () => void;
  retrying?: boolean;
};

export function ErrorState({ title, error, onRetry, retrying }: ErrorStateProps) {
  return (
    <div
      role="alert"
      className="flex flex-col gap-3 rounded-lg border border-danger bg-danger-soft p-4 text-ink"
      data-error-code={error.code}
    >
      <h2 className="flex items-center gap-2 font-semibold">
        <TriangleAlert className="size-4 text-danger" />
        {title}
      </h2>
      <p>{error.message}</p>
      <RequestId id={error.requestId} />
      {onRetry ? (
        <div>
          <Button onClick={onRetry} disabled={retrying} size="sm">
            <RefreshCw className="size-3.5" />
            {retrying ? "Trying again…" : "Try again"}
          </Button>
        </div>
      ) : null}
    </div>
  );
}
