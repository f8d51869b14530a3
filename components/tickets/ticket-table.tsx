"use client";

import { useTicketList } from "@/lib/tickets/hooks";
import { uniqueTickets } from "@/lib/tickets/paging";
import type { QueueFilters } from "@/lib/tickets/schemas";
import { statusFilterLabel } from "@/lib/tickets/status";
import type { Notice } from "../ui/action-notice";
import { EmptyState } from "../ui/empty-state";
import { LoadMore } from "./load-more";
import { TicketRow } from "./ticket-row";

type TicketTableProps = {
  accountID: string;
  filters: QueueFilters;
  onNotice: (notice: Notice) => void;
  fallbackFocus: () => HTMLElement | null;
};

const columns = [
  "Number",
  "Title",
  "Contact",
  "Status",
  "Created",
  "Updated",
  "Latest message",
  "Foreign ID",
];

export function TicketTable({ accountID, filters, onNotice, fallbackFocus }: TicketTableProps) {
  const query = useTicketList(accountID, filters);
  const tickets = uniqueTickets(query.data.pages);
  const loadMore = () => {
    if (!query.isFetchingNextPage) void query.fetchNextPage();
  };

  if (tickets.length === 0 && !query.hasNextPage) {
    return (
      <EmptyState title="No tickets here">
        {filters.foreignID
          ? `No ${statusFilterLabel[filters.status].toLowerCase()} ticket has the foreign ID “${filters.foreignID}”.`
          : `There are no ${statusFilterLabel[filters.status].toLowerCase()} tickets for this account.`}
      </EmptyState>
    );
  }

  return (
    <div className="flex flex-col gap-4">
      <div className="overflow-x-auto rounded-lg border border-line bg-surface">
        <table className="w-full min-w-[60rem] border-collapse text-left">
          <caption className="sr-only">
            {statusFilterLabel[filters.status]} tickets
            {filters.foreignID ? ` with foreign ID ${filters.foreignID}` : ""}
          </caption>
          <thead className="border-b border-line bg-surface-muted text-xs uppercase tracking-wide text-ink-muted">
            <tr>
              {columns.map((column) => (
                <th key={column} scope="col" className="px-3 py-2 font-semibold">
                  {column}
                </th>
              ))}
              <th scope="col" className="px-3 py-2 text-right font-semibold">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {tickets.map((ticket) => (
              <TicketRow
                key={ticket.ticketID}
                accountID={accountID}
                ticket={ticket}
                onNotice={onNotice}
                fallbackFocus={fallbackFocus}
              />
            ))}
          </tbody>
        </table>
      </div>
      <LoadMore
        shown={tickets.length}
        hasNextPage={query.hasNextPage}
        isFetchingNextPage={query.isFetchingNextPage}
        error={query.isFetchNextPageError ? query.error : null}
        onLoadMore={loadMore}
      />
    </div>
  );
}
