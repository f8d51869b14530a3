import type { InfiniteData, Query, QueryClient, QueryFilters } from "@tanstack/react-query";
import { mergedKeys } from "@/lib/all-accounts/contract";
import {
  type MergedPageState,
  pageHolds,
  rowOf,
  withRow,
} from "@/lib/all-accounts/merged-page-state";
import type { UserError } from "@/lib/errors/user-error";
import type { TicketDTO, TicketPage } from "./dto";
import { ticketKeys } from "./query-keys";

/**
 * What a close does to the cache, for one ticket, whether it is closed alone
 * (use-close-ticket.ts) or with others (use-bulk-close.ts): the badge flips at
 * once everywhere the ticket is cached, goes back if Moov refuses, and the
 * ticket, its account's lists and the all-accounts pages showing it are read
 * again afterwards.
 */
export type TicketRef = { accountID: string; ticketID: string };

export type CloseSnapshot = {
  ticket: TicketDTO | undefined;
  lists: Array<[readonly unknown[], InfiniteData<TicketPage> | undefined]>;
  merged: Array<[readonly unknown[], MergedPageState | undefined]>;
};

const markClosed = <T extends TicketDTO>(ticket: T): T => ({ ...ticket, status: "closed" });

/** The all-accounts pages that show this ticket, whatever their filters and cursor. */
function mergedPagesHolding(ref: TicketRef): QueryFilters {
  return {
    queryKey: mergedKeys.lists(),
    predicate: (query: Query) => pageHolds(query.state.data, ref),
  };
}

/** The list with one ticket's item replaced, wherever it sits in the pages. */
function withTicket(
  data: InfiniteData<TicketPage>,
  ticketID: string,
  change: (ticket: TicketDTO) => TicketDTO,
): InfiniteData<TicketPage> {
  return {
    ...data,
    pages: data.pages.map((page) => ({
      ...page,
      items: page.items.map((item) => (item.ticketID === ticketID ? change(item) : item)),
    })),
  };
}

/** Stops reads that would overwrite the flip, keeps what was there, shows "closed". */
export async function flipToClosed(client: QueryClient, ref: TicketRef): Promise<CloseSnapshot> {
  const detailKey = ticketKeys.detail(ref.accountID, ref.ticketID);
  const listsKey = ticketKeys.lists(ref.accountID);
  const merged = mergedPagesHolding(ref);
  await Promise.all([
    client.cancelQueries({ queryKey: detailKey, exact: true }),
    client.cancelQueries({ queryKey: listsKey }),
    client.cancelQueries(merged),
  ]);
  const snapshot: CloseSnapshot = {
    ticket: client.getQueryData<TicketDTO>(detailKey),
    lists: client.getQueriesData<InfiniteData<TicketPage>>({ queryKey: listsKey }),
    merged: client.getQueriesData<MergedPageState>(merged),
  };
  client.setQueryData<TicketDTO>(detailKey, (ticket) => ticket && markClosed(ticket));
  client.setQueriesData<InfiniteData<TicketPage>>({ queryKey: listsKey }, (data) =>
    data ? withTicket(data, ref.ticketID, markClosed) : data,
  );
  for (const [key] of snapshot.merged) {
    client.setQueryData<MergedPageState>(key, (page) =>
      page ? withRow(page, ref, markClosed) : page,
    );
  }
  return snapshot;
}

/**
 * After a refused close. A 409 means it was closed already: nothing goes back.
 * "unconfirmed" (Moov never said): neither status is known to be true, so the
 * ticket is dropped from the cache and read again. Otherwise only this
 * ticket goes back: another close in flight on the same list keeps its flip.
 */
export function undoClose(
  client: QueryClient,
  ref: TicketRef,
  snapshot: CloseSnapshot | undefined,
  code: UserError["code"],
): void {
  const detailKey = ticketKeys.detail(ref.accountID, ref.ticketID);
  if (code === "unconfirmed") {
    void client.resetQueries({ queryKey: detailKey, exact: true });
    void client.resetQueries({ queryKey: ticketKeys.lists(ref.accountID) });
    for (const [queryKey] of snapshot?.merged ?? []) {
      void client.resetQueries({ queryKey, exact: true });
    }
    return;
  }
  if (!snapshot || code === "conflict") return;
  client.setQueryData(detailKey, snapshot.ticket);
  for (const [key, before] of snapshot.lists) {
    const previous = before?.pages
      .flatMap((page) => page.items)
      .find((item) => item.ticketID === ref.ticketID);
    if (!previous) continue;
    client.setQueryData<InfiniteData<TicketPage>>(key, (data) =>
      data ? withTicket(data, ref.ticketID, () => previous) : data,
    );
  }
  for (const [key, before] of snapshot.merged) {
    const previous = rowOf(before, ref);
    if (!previous) continue;
    client.setQueryData<MergedPageState>(key, (page) =>
      page ? withRow(page, ref, () => previous) : page,
    );
  }
}

/** Moov's answer replaces the flip on the ticket's own page. */
export function keepClosed(client: QueryClient, ref: TicketRef, ticket: TicketDTO): void {
  client.setQueryData(ticketKeys.detail(ref.accountID, ref.ticketID), ticket);
}

/**
 * Whatever the outcome, the tickets and every list that may show them are read
 * again: each ticket's page, each account's lists once, and the all-accounts
 * pages holding any of them once (a refetch per ticket would cancel the last).
 */
export function refreshAfterClose(
  client: QueryClient,
  refs: readonly TicketRef[],
): Promise<unknown> {
  const accounts = new Set(refs.map((ref) => ref.accountID));
  return Promise.all([
    ...refs.map((ref) =>
      client.invalidateQueries({ queryKey: ticketKeys.detail(ref.accountID, ref.ticketID) }),
    ),
    ...[...accounts].map((accountID) =>
      client.invalidateQueries({ queryKey: ticketKeys.lists(accountID) }),
    ),
    client.invalidateQueries({
      queryKey: mergedKeys.lists(),
      predicate: (query: Query) => refs.some((ref) => pageHolds(query.state.data, ref)),
    }),
  ]);
}
