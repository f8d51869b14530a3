"use client";

import { useSuspenseInfiniteQuery, useSuspenseQuery } from "@tanstack/react-query";
import { browserFetcher } from "./browser-fetcher";
import { ticketListOptions, ticketMessagesOptions, ticketOptions } from "./queries";
import type { QueueFilters } from "./schemas";

/**
 * The browser's one way to read tickets: the cache the page prefetched into,
 * refetched through the app's route handlers. Components call these and never
 * see a fetcher; a failure goes to the nearest QueryBoundary.
 */
export function useTicketList(accountID: string, filters: QueueFilters) {
  return useSuspenseInfiniteQuery(ticketListOptions(browserFetcher, accountID, filters));
}

export function useTicket(accountID: string, ticketID: string) {
  return useSuspenseQuery(ticketOptions(browserFetcher, accountID, ticketID));
}

export function useTicketMessages(accountID: string, ticketID: string) {
  return useSuspenseQuery(ticketMessagesOptions(browserFetcher, accountID, ticketID));
}
