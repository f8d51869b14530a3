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

/** Cursor paging: each click asks for the page after the last one shown, so nothing repeats or is skipped. */
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
        {hasNextPage ? "" : shown > 0 ? " · that is all of them" : ""}
      </p>
      {error ? (
        <ErrorState
          title="More tickets could not be loaded"
          error={toUserError(error)}
          onRetry={onLoadMore}
          retrying={isFetchingNextPage}
        />
      ) : hasNextPage ? (
        <Button onClick={onLoadMore} aria-disabled={isFetchingNextPage}>
          {isFetchingNextPage ? "Loading…" : "Load more tickets"}
        </Button>
      ) : null}
    </div>
  );
}
