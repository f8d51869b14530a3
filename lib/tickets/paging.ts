import type { TicketDTO, TicketPage } from "./dto";

/** Tickets per page, in the queue and in each call to Moov's list. */
export const ticketPageSize = 25;

/** Pages in order, flattened; a ticket that shows up twice (it moved while paging) is shown once. */
export function uniqueTickets(pages: readonly TicketPage[]): TicketDTO[] {
  const seen = new Set<string>();
  const tickets: TicketDTO[] = [];
  for (const page of pages) {
    for (const ticket of page.items) {
      if (seen.has(ticket.ticketID)) continue;
      seen.add(ticket.ticketID);
      tickets.push(ticket);
    }
  }
  return tickets;
}
