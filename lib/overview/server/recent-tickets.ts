import type { ReadPage } from "@/lib/all-accounts/server/account-reads";
import type { TicketDTO } from "@/lib/tickets/dto";

/** Moov's largest page: the same size as the cached open lists, so a warm view is one hit. */
const pageSize = 1000;
/** A safety bound (as for the open lists): 20 pages of 1,000 tickets per account. */
const maxPages = 20;

/**
 * Every ticket of the account created at or after `since`: Moov's list,
 * newest first, page after page until a page reaches back before `since`
 * (or the list ends). Tickets of that last page older than `since` are kept
 * out, so what is counted never depends on where a page happens to end.
 */
export async function recentTickets(
  read: ReadPage,
  since: number,
): Promise<{ tickets: TicketDTO[]; readAt: number; requestId?: string }> {
  const tickets: TicketDTO[] = [];
  let cursor: string | undefined;
  let readAt = Date.now();
  let requestId: string | undefined;
  for (let pages = 0; pages < maxPages; pages++) {
    const page = await read({ cursor, count: pageSize });
    readAt = Math.min(readAt, page.readAt);
    requestId = page.requestId ?? requestId;
    const inWindow = page.items.filter((ticket) => Date.parse(ticket.createdOn) >= since);
    tickets.push(...inWindow);
    if (!page.next || inWindow.length < page.items.length) break;
    cursor = page.next;
  }
  return { tickets, readAt, requestId };
}
