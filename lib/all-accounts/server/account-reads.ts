import type { ListQuery } from "@/lib/moov/tickets";
import type { TicketDTO } from "@/lib/tickets/dto";
import { ticketPageSize } from "@/lib/tickets/paging";
import {
  isKnownStatus,
  matchesFilter,
  type TicketStatus,
  ticketStatuses,
  upstreamStatus,
} from "@/lib/tickets/status";
import { type AccountSummary, compareRows, type MergedFilters, type MergedRow } from "../contract";
import { type AccountPosition, isAfter } from "./merged-cursor";

/**
 * What the merged views read of one account, built on one primitive: a page
 * of Moov's ticket list (cached or not, see account-page-reader.ts). Pure
 * apart from that, so the paging rules are tested with a fake list.
 */
export type UpstreamPage = {
  items: TicketDTO[];
  next?: string;
  requestId?: string;
  readAt: number;
};
export type ReadPage = (query: ListQuery) => Promise<UpstreamPage>;

/** A candidate row and the Moov cursor of the page it was read from ("newest first"). */
export type Candidate = { row: MergedRow; pageCursor?: string };

export type AccountCandidates = {
  candidates: Candidate[];
  /** Nothing after these candidates: the account has no more tickets for the filters. */
  exhausted: boolean;
  /** Where to read on the next page when the page cap was hit before finding any. */
  resumeCursor?: string;
  requestId?: string;
};

/** Moov pages read per account per merged page when the filter is app-side ("open"). */
export const maxPagesPerAccount = 5;
/** The largest page Moov serves: used to read an account's open tickets in full. */
const fullPageSize = 1000;
/** Open tickets read per account at most (a safety bound: 20 pages of 1,000). */
const maxFullPages = 20;

const openStatuses = ticketStatuses.filter((status) => status !== "closed");

/**
 * "Newest first": Moov's own order, read page by page from the account's
 * position, keeping tickets after its last shown one, until `need` are found.
 */
export async function newestCandidates(
  accountID: string,
  read: ReadPage,
  filters: MergedFilters,
  position: Exclude<AccountPosition, 0>,
  need: number,
): Promise<AccountCandidates> {
  const candidates: Candidate[] = [];
  let cursor = position.c;
  let requestId: string | undefined;
  for (let pages = 0; pages < maxPagesPerAccount; pages++) {
    const page = await read({
      status: upstreamStatus(filters.status),
      foreignID: filters.foreignID,
      cursor,
      count: ticketPageSize,
    });
    requestId = page.requestId ?? requestId;
    for (const ticket of page.items) {
      const row = { ...ticket, accountID };
      if (matchesFilter(ticket.status, filters.status) && isAfter(row, position, "newest")) {
        candidates.push({ row, pageCursor: cursor });
      }
    }
    if (!page.next) return { candidates, exhausted: true, requestId };
    cursor = page.next;
    if (candidates.length >= need) return { candidates, exhausted: false, requestId };
  }
  return {
    candidates,
    exhausted: false,
    resumeCursor: candidates.length === 0 ? cursor : undefined,
    requestId,
  };
}

/** Every open ticket of the account in the given statuses (all pages, at Moov's largest page). */
export async function openTickets(
  read: ReadPage,
  statuses: readonly TicketStatus[],
  foreignID?: string,
): Promise<{ tickets: TicketDTO[]; readAt: number; requestId?: string }> {
  const perStatus = await Promise.all(
    statuses.map(async (status) => {
      const tickets: TicketDTO[] = [];
      let cursor: string | undefined;
      let readAt = Date.now();
      let requestId: string | undefined;
      for (let pages = 0; pages < maxFullPages; pages++) {
        const page = await read({ status, foreignID, cursor, count: fullPageSize });
        tickets.push(...page.items);
        readAt = Math.min(readAt, page.readAt);
        requestId = page.requestId ?? requestId;
        if (!page.next) break;
        cursor = page.next;
      }
      return { tickets, readAt, requestId };
    }),
  );
  return {
    tickets: perStatus.flatMap((part) => part.tickets),
    readAt: Math.min(...perStatus.map((part) => part.readAt)),
    requestId: perStatus.find((part) => part.requestId)?.requestId,
  };
}

/** "Waiting longest": the account's open tickets in full, oldest wait first, after its position. */
export async function waitingCandidates(
  accountID: string,
  read: ReadPage,
  filters: MergedFilters,
  position: Exclude<AccountPosition, 0>,
  need: number,
): Promise<AccountCandidates> {
  const statuses = isKnownStatus(filters.status) ? [filters.status] : openStatuses;
  const { tickets, requestId } = await openTickets(read, statuses, filters.foreignID);
  const rows = tickets
    .map((ticket) => ({ ...ticket, accountID }))
    .filter((row) => matchesFilter(row.status, filters.status) && isAfter(row, position, "waiting"))
    .sort(compareRows("waiting"));
  return {
    candidates: rows.slice(0, need).map((row) => ({ row })),
    exhausted: rows.length <= need,
    requestId,
  };
}

/** Open tickets by status and the oldest one's age: the accounts page and the switcher. */
export async function accountSummary(read: ReadPage): Promise<AccountSummary> {
  const { tickets, readAt } = await openTickets(read, openStatuses);
  const count = (status: TicketStatus) =>
    tickets.filter((ticket) => ticket.status === status).length;
  const oldest = tickets.reduce<string | undefined>(
    (min, ticket) => (min === undefined || ticket.createdOn < min ? ticket.createdOn : min),
    undefined,
  );
  return {
    new: count("new"),
    "in-progress": count("in-progress"),
    "on-hold": count("on-hold"),
    open: tickets.length,
    oldestOpenCreatedOn: oldest,
    readAt: new Date(readAt).toISOString(),
  };
}
