"use client";

import type { TicketDTO } from "@/lib/tickets/dto";
import { matchesFilter } from "@/lib/tickets/status";
import { useRowThreadEnds, useTicketThreadEnds } from "@/lib/tickets/use-waiting";
import { RelativeTime, useNow } from "../ui/relative-time";
import { WaitingLine } from "./waiting-line";

/**
 * The "Latest message" of a ticket: for an open one, how long it has waited
 * and on whom; for a closed one, when its latest message was (nobody waits).
 */
const isOpen = (ticket: Pick<TicketDTO, "status">) => matchesFilter(ticket.status, "open");

/**
 * In a queue row: the thread's ends come batched with the other rows'. On the
 * server and while hydrating there is no clock (useNow is null) and the line
 * is the time alone, so the read for the ends is made only after hydration:
 * twenty rows' queries are neither built on the server nor hydrated.
 */
export function WaitingTime({ accountID, ticket }: { accountID: string; ticket: TicketDTO }) {
  const now = useNow();
  if (!isOpen(ticket)) return <RelativeTime iso={ticket.latestMessageOn} />;
  if (now === null) return <WaitingLine ticket={ticket} ends={undefined} />;
  return <RowWaitingLine accountID={accountID} ticket={ticket} />;
}

function RowWaitingLine({ accountID, ticket }: { accountID: string; ticket: TicketDTO }) {
  return <WaitingLine ticket={ticket} ends={useRowThreadEnds(accountID, ticket)} />;
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
