"use client";

import { RefreshCw, TriangleAlert } from "lucide-react";
import { Button } from "@/components/ui/button";
import { TicketsRequestError } from "@/lib/tickets/fetcher";
import { RequestId } from "./request-id";

export type ShownError = { message: string; requestId?: string; code?: string };

/** Whatever was thrown → what may be shown; anything unknown gets a generic sentence. */
export function shownError(error: unknown): ShownError {
  if (error instanceof TicketsRequestError) {
    return { message: error.message, requestId: error.requestId, code: error.code };
  }
  return { message: "Something unexpected went wrong. Try again in a moment." };
}

type ErrorStateProps = {
  title: string;
  error: ShownError;
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
        <TriangleAlert aria-hidden="true" className="size-4 text-danger" />
        {title}
      </h2>
      <p>{error.message}</p>
      <RequestId id={error.requestId} />
      {onRetry ? (
        <div>
          <Button onClick={onRetry} disabled={retrying} size="sm">
            <RefreshCw aria-hidden="true" className="size-3.5" />
            {retrying ? "Trying again…" : "Try again"}
          </Button>
        </div>
      ) : null}
    </div>
  );
}
