import type { AccountRef } from "@/lib/all-accounts/contract";
import type { TicketDTO } from "@/lib/tickets/dto";
import { type CsvValue, csvRecord } from "./csv";

/**
 * The export's columns, named in the header row, in one table: the header
 * and each record are built from it, so they can never disagree. Every row
 * names its account (an export across accounts mixes them); times are ISO
 * 8601 in UTC ("…Z"), whatever the browser's or the server's time zone;
 * status is Moov's own value ("in-progress"), stable for filters and scripts.
 */
export type ExportRow = { account: AccountRef; ticket: TicketDTO };

type Column = { header: string; value: (row: ExportRow) => CsvValue };

/** Moov's times arrive as ISO strings with an offset: written as UTC. */
function utc(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? value : new Date(ms).toISOString();
}

export const exportColumns: readonly Column[] = [
  { header: "Account", value: ({ account }) => account.displayName },
  { header: "Account ID", value: ({ account }) => account.accountID },
  { header: "Number", value: ({ ticket }) => ticket.number },
  { header: "Ticket ID", value: ({ ticket }) => ticket.ticketID },
  { header: "Title", value: ({ ticket }) => ticket.title },
  { header: "Status", value: ({ ticket }) => ticket.status },
  { header: "Contact name", value: ({ ticket }) => ticket.contact.name },
  { header: "Contact email", value: ({ ticket }) => ticket.contact.email },
  { header: "Created (UTC)", value: ({ ticket }) => utc(ticket.createdOn) },
  { header: "Updated (UTC)", value: ({ ticket }) => utc(ticket.updatedOn) },
  { header: "Latest message (UTC)", value: ({ ticket }) => utc(ticket.latestMessageOn) },
  { header: "Closed (UTC)", value: ({ ticket }) => utc(ticket.closedOn) },
  { header: "Foreign ID", value: ({ ticket }) => ticket.foreignID },
];

export const headerRecord = csvRecord(exportColumns.map((column) => column.header));

export function ticketRecord(row: ExportRow): string {
  return csvRecord(exportColumns.map((column) => column.value(row)));
}
