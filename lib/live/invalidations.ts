import type { Query, QueryFilters } from "@tanstack/react-query";
import { mergedKeys } from "@/lib/all-accounts/contract";
import { isFirstPageIncluding } from "@/lib/all-accounts/merged-page-key";
import { pageHolds } from "@/lib/all-accounts/merged-page-state";
import { ticketKeys } from "@/lib/tickets/query-keys";
import type { LiveEvent } from "./live-event";

/**
 * The queries one live event makes stale, and no others: the ticket it names
 * (with its thread) and its account's lists. Invalidating refetches in the
 * background, so what a person is reading stays on screen until new data lands.
 */
export function keysToInvalidate(event: LiveEvent): ReadonlyArray<readonly unknown[]> {
  const lists = ticketKeys.lists(event.accountID);
  switch (event.kind) {
    case "ticket.created":
      return [lists];
    case "ticket.updated":
      return [ticketKeys.detail(event.accountID, event.ticketID), lists];
    case "ticket.messageAdded":
      return [ticketKeys.detail(event.accountID, event.ticketID), lists];
  }
}

/**
 * The all-accounts pages one live event makes stale: a new ticket sorts first
 * (newest first), so only the first pages of the lists that include its
 * account; a change to a ticket, only the pages that show it.
 */
export function mergedPagesToInvalidate(event: LiveEvent): QueryFilters {
  const { accountID, ticketID } = event;
  return {
    queryKey: mergedKeys.lists(),
    predicate:
      event.kind === "ticket.created"
        ? (query: Query) => isFirstPageIncluding(query.queryKey, accountID)
        : (query: Query) => pageHolds(query.state.data, { accountID, ticketID }),
  };
}

/**
 * Every query one live event makes stale: the account's own, the
 * all-accounts pages, and the open counts when a ticket was created or its
 * status changed (a new message changes no count).
 */
export function queriesToInvalidate(event: LiveEvent): QueryFilters[] {
  const counts = event.kind === "ticket.messageAdded" ? [] : [{ queryKey: mergedKeys.summary() }];
  return [
    ...keysToInvalidate(event).map((queryKey) => ({ queryKey })),
    mergedPagesToInvalidate(event),
    ...counts,
  ];
}

/** After a gap in the stream, everything the screen shows may have changed. */
export const everythingShown = [["accounts"], mergedKeys.all] as const;

/** Reconnect delay: 1 s, 2 s, 4 s … at most 30 s, with jitter so tabs do not reconnect in step. */
export function reconnectDelayMs(attempt: number, random: () => number = Math.random): number {
  const base = Math.min(30_000, 1_000 * 2 ** Math.max(0, attempt));
  return Math.round(base * (0.75 + random() * 0.5));
}
