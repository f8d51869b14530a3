"use client";

import { type MergedFilters, mergedKeys } from "@/lib/all-accounts/contract";
import { useMergedQueue } from "@/lib/all-accounts/use-merged-queue";
import { toUserError } from "@/lib/errors/user-error";
import type { QueueFilters } from "@/lib/tickets/schemas";
import { statusFilterLabel } from "@/lib/tickets/status";
import type { Notice } from "../ui/action-notice";
import { EmptyState } from "../ui/empty-state";
import { ErrorState } from "../ui/error-state";
import { TicketSelection } from "./bulk/ticket-selection";
import { LoadMore } from "./load-more";
import { queueColumns } from "./queue-columns";
import { QueueSkeleton } from "./queue-skeleton";
import { TicketRow } from "./ticket-row";
import { TicketTableFrame } from "./ticket-table-frame";

type Props = {
  accountID: string;
  filters: QueueFilters;
  onNotice: (notice: Notice) => void;
  fallbackFocus: () => HTMLElement | null;
};

/**
 * One account's open tickets, those waiting longest first. Moov lists newest
 * first only, so this is the all-accounts queue's "Waiting longest" narrowed
 * to this one account (same route, paging, cache and live updates), shown
 * without the Account column. It starts over when the filters change.
 */
export function WaitingLongestQueue(props: Props) {
  const merged: MergedFilters = {
    status: props.filters.status,
    sort: "waiting",
    accounts: [props.accountID],
    foreignID: props.filters.foreignID,
  };
  return <Rows key={JSON.stringify(mergedKeys.list(merged))} merged={merged} {...props} />;
}

function Rows({
  accountID,
  filters,
  merged,
  onNotice,
  fallbackFocus,
}: Props & { merged: MergedFilters }) {
  const queue = useMergedQueue(merged);
  const last = queue.pages.at(-1);
  // The one account failing, or the page's stream breaking: either way, this page again.
  const failed = last?.data?.failures[0]?.error ?? (last?.data?.complete ? undefined : last?.error);
  const error = failed ? toUserError(failed) : undefined;
  const retry = () => void queue.retryPage(last?.cursor);
  const status = statusFilterLabel[filters.status];

  if (queue.rows.length === 0) {
    if (error)
      return <ErrorState title="Tickets could not be loaded" error={error} onRetry={retry} />;
    if (!last?.data?.complete) return <QueueSkeleton />;
    return (
      <EmptyState title="No tickets here">
        {filters.foreignID
          ? `No ${status.toLowerCase()} ticket has the foreign ID “${filters.foreignID}”.`
          : `There are no ${status.toLowerCase()} tickets for this account.`}
      </EmptyState>
    );
  }

  return (
    <TicketSelection
      rows={queue.rows}
      withAccount={false}
      onNotice={onNotice}
      fallbackFocus={fallbackFocus}
    >
      <TicketTableFrame
        caption={`${status} tickets, waiting longest first${filters.foreignID ? `, with foreign ID ${filters.foreignID}` : ""}`}
        columns={queueColumns()}
      >
        {queue.rows.map((row) => (
          <TicketRow
            key={row.ticketID}
            accountID={accountID}
            ticket={row}
            onNotice={onNotice}
            fallbackFocus={fallbackFocus}
          />
        ))}
      </TicketTableFrame>
      {/* Only once the first page has ended can it say whether more follow. */}
      {queue.pages[0]?.data?.complete || error ? (
        <LoadMore
          shown={queue.rows.length}
          hasNextPage={!error && queue.hasNextPage}
          isFetchingNextPage={queue.pages.length > 1 && !last?.data?.complete && !error}
          error={error ?? null}
          onLoadMore={error ? retry : queue.loadMore}
        />
      ) : null}
    </TicketSelection>
  );
}
