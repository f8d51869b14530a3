"use client";

import { TicketSelection } from "@/components/tickets/bulk/ticket-selection";
import { LoadMore } from "@/components/tickets/load-more";
import { QueueSkeleton } from "@/components/tickets/queue-skeleton";
import type { Notice } from "@/components/ui/action-notice";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { type AccountRef, type MergedFilters, mergedSearch } from "@/lib/all-accounts/contract";
import { useMergedQueue } from "@/lib/all-accounts/use-merged-queue";
import { toUserError } from "@/lib/errors/user-error";
import { statusFilterLabel } from "@/lib/tickets/status";
import { AccountFailureNotice } from "./account-failure-notice";
import { DroppedAccounts } from "./dropped-accounts";
import { LoadProgress } from "./load-progress";
import { MergedTable } from "./merged-table";

type Props = {
  filters: MergedFilters;
  /** Every account the person acts for, to name rows before a page's own list arrives. */
  accounts: AccountRef[];
  onNotice: (notice: Notice) => void;
  fallbackFocus: () => HTMLElement | null;
};

/**
 * The merged tickets, page after page: rows as accounts answer, one notice
 * per account that failed (with its own Try again), and Load more once a page
 * has ended. A page whose stream broke says so and is read again in full.
 */
export function MergedQueue({ filters, accounts, onNotice, fallbackFocus }: Props) {
  const queue = useMergedQueue(filters);
  const first = queue.pages[0]?.data;
  const last = queue.pages.at(-1);
  const names = new Map(accounts.map((account) => [account.accountID, account]));
  for (const page of queue.pages) {
    for (const account of page.data?.accounts ?? []) names.set(account.accountID, account);
  }
  const broken = last?.error && !last.data?.complete ? last : undefined;
  const status = statusFilterLabel[filters.status];
  const caption = `${status} tickets of ${filters.accounts.length === 0 ? "every account" : "the chosen accounts"}${filters.foreignID ? ` with foreign ID ${filters.foreignID}` : ""}`;

  return (
    <div className="flex flex-col gap-4">
      {first?.started ? <DroppedAccounts filters={filters} page={first} /> : null}
      <LoadProgress page={last?.data} />
      {queue.pages.flatMap((page) =>
        (page.data?.failures ?? []).map((failure) => (
          <AccountFailureNotice
            key={`${page.cursor ?? ""}|${failure.accountID}`}
            failure={failure}
            account={names.get(failure.accountID)}
            filters={filters}
            cursor={page.cursor}
          />
        )),
      )}
      {queue.rows.length > 0 ? (
        <TicketSelection
          key={mergedSearch(filters)}
          rows={queue.rows.map((row) => ({
            ...row,
            accountName: names.get(row.accountID)?.displayName,
          }))}
          withAccount
          onNotice={onNotice}
          fallbackFocus={fallbackFocus}
        >
          <MergedTable
            caption={caption}
            rows={queue.rows}
            accounts={names}
            onNotice={onNotice}
            fallbackFocus={fallbackFocus}
          />
        </TicketSelection>
      ) : first?.complete && !queue.hasNextPage ? (
        <EmptyState title="No tickets here">
          {filters.foreignID
            ? `No ${status.toLowerCase()} ticket of these accounts has the foreign ID “${filters.foreignID}”.`
            : `There are no ${status.toLowerCase()} tickets in these accounts.`}
        </EmptyState>
      ) : broken ? null : (
        <QueueSkeleton />
      )}
      {broken && queue.pages.length === 1 ? (
        <ErrorState
          title="Tickets could not be loaded"
          error={toUserError(broken.error)}
          onRetry={() => void queue.retryPage(broken.cursor)}
        />
      ) : first?.complete ? (
        <LoadMore
          shown={queue.rows.length}
          hasNextPage={queue.hasNextPage}
          isFetchingNextPage={queue.pages.length > 1 && !last?.data?.complete && !broken}
          error={broken ? broken.error : null}
          onLoadMore={() => (broken ? void queue.retryPage(broken.cursor) : queue.loadMore())}
        />
      ) : null}
    </div>
  );
}
