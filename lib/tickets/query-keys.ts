import type { QueueFilters } from "./schemas";

/**
 * Every ticket query key, built here and nowhere else. Keys nest so a write can
 * invalidate a whole prefix: `all(account)` ⊃ `lists(account)` ⊃ `list(filters)`,
 * and `all(account)` ⊃ `details(account)` ⊃ `detail(id)` ⊃ `messages(id)`.
 */
export const ticketKeys = {
  all: (accountID: string) => ["accounts", accountID, "tickets"] as const,
  lists: (accountID: string) => [...ticketKeys.all(accountID), "list"] as const,
  list: (accountID: string, filters: QueueFilters) =>
    [
      ...ticketKeys.lists(accountID),
      { status: filters.status, foreignID: filters.foreignID ?? null },
    ] as const,
  details: (accountID: string) => [...ticketKeys.all(accountID), "detail"] as const,
  detail: (accountID: string, ticketID: string) =>
    [...ticketKeys.details(accountID), ticketID] as const,
  messages: (accountID: string, ticketID: string) =>
    [...ticketKeys.detail(accountID, ticketID), "messages"] as const,
  /**
   * Who wrote the first and latest message of an open ticket's thread, as of
   * its latest message's time: a new message changes the key rather than
   * invalidating it. Under `all(account)` but not `detail(id)`, so a live event
   * about the ticket does not re-read the thread of a time already past.
   */
  waiting: (accountID: string, ticketID: string, latestMessageOn: string | undefined) =>
    [...ticketKeys.all(accountID), "waiting", ticketID, latestMessageOn ?? null] as const,
  /** Mutation key of a ticket's close, so every Close button of that ticket sees it running. */
  close: (accountID: string, ticketID: string) =>
    [...ticketKeys.detail(accountID, ticketID), "close"] as const,
};
