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
  /** Mutation key of a ticket's close, so every Close button of that ticket sees it running. */
  close: (accountID: string, ticketID: string) =>
    [...ticketKeys.detail(accountID, ticketID), "close"] as const,
};
