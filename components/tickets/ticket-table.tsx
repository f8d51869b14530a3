"use client";

import { useTicketList } from "@/lib/tickets/hooks";
import { uniqueTickets } from "@/lib/tickets/paging";
import type { QueueFilters } from "@/lib/tickets/schemas";
import { statusFilterLabel } from "@/lib/tickets/status";
import type { Notice } from "../ui/action-notice";
import { EmptyState } from "../ui/empty-state";
import { TicketSelection } from "./bulk/ticket-selection";
import { LoadMore } from "./load-more";
import { queueColumns } from "./queue-columns";
import { TicketRow } from "./ticket-row";
import { TicketTableFrame } from "./ticket-table-frame";

type TicketTableProps = {
  accountID: string;
  filters: QueueFilters;
  onNotice: (notice: Notice) => void;
  fallbackFocus: () => HTMLElement | null;
};

export function TicketTable({ accountID, filters, onNotice, fallbackFocus }: TicketTableProps) {
  const query = useTicketList(accountID, filters);
  const tickets = uniqueTickets(query.data.pages);

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
    <TicketSelection
      key={`${filters.status}|${filters.foreignID ?? ""}`}
      rows={tickets.map((ticket) => ({ ...ticket, accountID }))}
      withAccount={false}
      onNotice={onNotice}
      fallbackFocus={fallbackFocus}
    >
      <TicketTableFrame
        caption={`${statusFilterLabel[filters.status]} tickets${filters.foreignID ? ` with foreign ID ${filters.foreignID}` : ""}`}
        columns={queueColumns()}
      >
        {tickets.map((ticket) => (
          <TicketRow
            key={ticket.ticketID}
            accountID={accountID}
            ticket={ticket}
            onNotice={onNotice}
            fallbackFocus={fallbackFocus}
          />
        ))}
      </TicketTableFrame>
      <LoadMore
        shown={tickets.length}
        hasNextPage={query.hasNextPage}
        isFetchingNextPage={query.isFetchingNextPage}
        error={query.isFetchNextPageError ? query.error : null}
        onLoadMore={() => void query.fetchNextPage()}
      />
    </TicketSelection>
  );
}
