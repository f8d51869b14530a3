import { infiniteQueryOptions, isServer, queryOptions } from "@tanstack/react-query";
import { isOutage } from "@/lib/errors/error-codes";
import { UserFacingError } from "@/lib/errors/user-error";
import type { TicketPage } from "./dto";
import { ticketKeys } from "./query-keys";
import type { QueueFilters } from "./schemas";
import type { TicketsFetcher } from "./tickets-fetcher";

/**
 * Query options shared by the server's prefetch and the browser's hooks: same
 * key, same paging, only the fetcher differs (see fetcher.ts).
 */

/**
 * Most failures surface at once with their request ID and a Try again button
 * (the server already retried what was worth retrying). Only an outage (Moov
 * or the app out of reach) is retried here, with back-off and no end, while
 * the outage banner says so: the page recovers by itself when Moov is back.
 * The server's prefetch never retries here: its Moov calls retried already.
 */
const retry = (_failures: number, error: unknown) =>
  !isServer && error instanceof UserFacingError && isOutage(error.detail.code);

const retryDelay = (failures: number) =>
  Math.min(1_000 * 2 ** Math.max(0, failures - 1), 8_000) * (0.75 + Math.random() / 4);

export function ticketListOptions(
  fetcher: TicketsFetcher,
  accountID: string,
  filters: QueueFilters,
) {
  return infiniteQueryOptions({
    queryKey: ticketKeys.list(accountID, filters),
    queryFn: ({ pageParam }) => fetcher.listTickets(accountID, filters, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage: TicketPage) => lastPage.nextCursor,
    retry,
    retryDelay,
  });
}

export function ticketOptions(fetcher: TicketsFetcher, accountID: string, ticketID: string) {
  return queryOptions({
    queryKey: ticketKeys.detail(accountID, ticketID),
    queryFn: () => fetcher.getTicket(accountID, ticketID),
    retry,
    retryDelay,
  });
}

export function ticketMessagesOptions(
  fetcher: TicketsFetcher,
  accountID: string,
  ticketID: string,
) {
  return queryOptions({
    queryKey: ticketKeys.messages(accountID, ticketID),
    queryFn: () => fetcher.listMessages(accountID, ticketID),
    retry,
    retryDelay,
  });
}
