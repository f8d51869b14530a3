"use client";

import type { MergedPageState } from "@/lib/all-accounts/merged-page-state";

/**
 * How far the page being read has got ("118 of 200 accounts loaded"). The
 * count is shown as it moves but announced only when the read starts and
 * ends, so a screen reader is not told every account.
 */
export function LoadProgress({ page }: { page: MergedPageState | undefined }) {
  const total = page?.accounts.length ?? 0;
  const settled = page?.settled ?? 0;
  const reading = !page?.complete;
  const failed = page?.failures.length ?? 0;
  const announced = reading
    ? "Loading tickets…"
    : `${total === 1 ? "1 account" : `All ${total} accounts`} answered${failed ? `, ${failed} with an error` : ""}.`;
  return (
    <div className="flex min-h-5 items-center gap-3 text-sm text-ink-muted">
      <p role="status" aria-live="polite" className="sr-only">
        {page?.started ? announced : "Loading tickets…"}
      </p>
      {reading && page?.started ? (
        <>
          <progress max={total || 1} value={settled} aria-hidden="true" className="h-1.5 w-32" />
          <span aria-hidden="true">
            {settled} of {total} accounts loaded
          </span>
        </>
      ) : null}
    </div>
  );
}
