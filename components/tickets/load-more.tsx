"use client";

import { Button } from "@/components/ui/button";
import { toUserError } from "@/lib/errors/user-error";
import { ErrorState } from "../ui/error-state";

type LoadMoreProps = {
  shown: number;
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  error: unknown;
  onLoadMore: () => void;
};

/**
 * Cursor paging: each click asks for the page after the last one shown, so
 * nothing repeats or is skipped. A page still arriving (the merged queue's
 * rows stream in as accounts answer, before it knows whether more follow)
 * keeps the busy button and never claims to be all of them.
 */
export function LoadMore({
  shown,
  hasNextPage,
  isFetchingNextPage,
  error,
  onLoadMore,
}: LoadMoreProps) {
  return (
    <div className="flex flex-col items-center gap-3">
      <p role="status" className="text-sm text-ink-muted">
        {shown === 1 ? "Showing 1 ticket" : `Showing ${shown} tickets`}
        {hasNextPage || isFetchingNextPage ? "" : shown > 0 ? " · that is all of them" : ""}
      </p>
      {error ? (
        <ErrorState
          title="More tickets could not be loaded"
          error={toUserError(error)}
          onRetry={onLoadMore}
          retrying={isFetchingNextPage}
        />
      ) : hasNextPage || isFetchingNextPage ? (
        <Button
          // Busy, it asks for nothing: a page is already on its way.
          onClick={isFetchingNextPage ? undefined : onLoadMore}
          aria-disabled={isFetchingNextPage}
        >
          {isFetchingNextPage ? "Loading…" : "Load more tickets"}
        </Button>
      ) : null}
    </div>
  );
}
