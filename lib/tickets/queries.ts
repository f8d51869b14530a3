import { infiniteQueryOptions, queryOptions } from "@tanstack/react-query";
import type { TicketPage } from "./dto";
import type { TicketsFetcher } from "./fetcher";
import { ticketKeys } from "./query-keys";
import type { QueueFilters } from "./schemas";

/**
 * Query options shared by the server's prefetch and the browser's hooks: same
 * key, same paging, only the fetcher differs (see fetcher.ts).
 */
export const ticketPageSize = 25;

// Failures surface at once with their request ID and a Try again button; a silent
// retry would only delay them and spend the account's rate limit.
const retry = false;

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
  });
}

export function ticketOptions(fetcher: TicketsFetcher, accountID: string, ticketID: string) {
  return queryOptions({
    queryKey: ticketKeys.detail(accountID, ticketID),
    queryFn: () => fetcher.getTicket(accountID, ticketID),
    retry,
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
  });
}
