"use client";

import { Button } from "@/components/ui/button";
import { RefreshCw } from "@/components/ui/icons";
import { RelativeTime } from "@/components/ui/relative-time";
import { type AccountSummaries, oldestReadAt } from "@/lib/all-accounts/account-summaries";

type Props = { summaries: AccountSummaries; refreshing: boolean; onRefresh: () => void };

/** How far the read has got ("118 of 200 accounts loaded"), how old the numbers are, and Refresh. */
export function LoadProgress({ summaries, refreshing, onRefresh }: Props) {
  const total = summaries.accounts?.length ?? 0;
  const answered = Object.keys(summaries.answered).length;
  const failed = Object.values(summaries.results).filter((result) => result.kind !== "summary");
  const readAt = oldestReadAt(summaries);
  return (
    <div className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2 text-sm text-ink-muted">
      <p role="status" aria-live="polite">
        {summaries.done
          ? `${total === 1 ? "1 account" : `All ${total} accounts`} loaded`
          : `${answered} of ${total} accounts loaded`}
        {failed.length > 0 ? ` · ${failed.length} could not be read` : ""}
      </p>
      <div className="flex items-center gap-3">
        {readAt ? (
          <p>
            Counts read <RelativeTime iso={readAt} />
          </p>
        ) : null}
        <Button size="sm" variant="ghost" disabled={refreshing} onClick={onRefresh}>
          <RefreshCw className="size-3.5" />
          Refresh
        </Button>
      </div>
    </div>
  );
}
