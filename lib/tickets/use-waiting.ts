"use client";

import { queryOptions, useQuery } from "@tanstack/react-query";
import { browserFetcher, getJSON } from "./browser-fetcher";
import type { TicketDTO } from "./dto";
import { ticketMessagesOptions } from "./queries";
import { ticketKeys } from "./query-keys";
import { threadEndsOf } from "./waiting";
import { waitingAnswerSchema, waitingURL } from "./waiting-api";
import { createWaitingBatcher } from "./waiting-batcher";

/**
 * The thread ends behind a waiting line. A queue row reads them through
 * GET /api/tickets/waiting, batched with the other rows (waiting-batcher.ts);
 * the ticket page has the whole thread in its cache already and reads them
 * from there. Neither suspends nor throws to a boundary: while they are not
 * known, or could not be read, the line shows the time alone.
 */
const batcher = createWaitingBatcher(
  async (refs) => (await getJSON(waitingURL(refs), waitingAnswerSchema)).items,
);

export function waitingOptions(
  accountID: string,
  ticket: Pick<TicketDTO, "ticketID" | "latestMessageOn">,
) {
  const { ticketID, latestMessageOn } = ticket;
  return queryOptions({
    queryKey: ticketKeys.waiting(accountID, ticketID, latestMessageOn),
    queryFn: () => batcher.load({ accountID, ticketID, latestMessageOn }),
    // The answer for a given latest message never changes; a new message is a new key.
    staleTime: Number.POSITIVE_INFINITY,
    // A failure shows the time alone; the row reads again when it is next shown.
    retry: false,
  });
}

/** An open ticket's thread ends, for its queue row (a closed one has nobody waiting, so no read). */
export function useRowThreadEnds(
  accountID: string,
  ticket: Pick<TicketDTO, "ticketID" | "latestMessageOn">,
) {
  return useQuery(waitingOptions(accountID, ticket)).data ?? undefined;
}

/** The ticket page's thread ends, from the thread it shows (no request of its own). */
export function useTicketThreadEnds(accountID: string, ticketID: string) {
  return useQuery({
    ...ticketMessagesOptions(browserFetcher, accountID, ticketID),
    select: threadEndsOf,
  }).data;
}
