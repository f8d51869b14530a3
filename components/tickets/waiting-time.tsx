"use client";

import type { TicketDTO } from "@/lib/tickets/dto";
import { matchesFilter } from "@/lib/tickets/status";
import { useRowThreadEnds, useTicketThreadEnds } from "@/lib/tickets/use-waiting";
import { RelativeTime } from "../ui/relative-time";
import { WaitingLine } from "./waiting-line";

/**
 * The "Latest message" of a ticket: for an open one, how long it has waited
 * and on whom; for a closed one, when its latest message was (nobody waits).
 */
const isOpen = (ticket: Pick<TicketDTO, "status">) => matchesFilter(ticket.status, "open");

/** In a queue row: the thread's ends come batched with the other rows'. */
export function WaitingTime({ accountID, ticket }: { accountID: string; ticket: TicketDTO }) {
  const open = isOpen(ticket);
  const ends = useRowThreadEnds(accountID, ticket, open);
  return open ? (
    <WaitingLine ticket={ticket} ends={ends} />
  ) : (
    <RelativeTime iso={ticket.latestMessageOn} />
  );
}

/** On the ticket page: the thread's ends come from the thread the page shows. */
export function TicketWaitingTime({ accountID, ticket }: { accountID: string; ticket: TicketDTO }) {
  const ends = useTicketThreadEnds(accountID, ticket.ticketID);
  return isOpen(ticket) ? (
    <WaitingLine ticket={ticket} ends={ends} />
  ) : (
    <RelativeTime iso={ticket.latestMessageOn} />
  );
}
