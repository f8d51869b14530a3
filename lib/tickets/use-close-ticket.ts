"use client";

import {
  type InfiniteData,
  type Query,
  type QueryFilters,
  useMutation,
  useQueryClient,
} from "@tanstack/react-query";
import { mergedKeys } from "@/lib/all-accounts/contract";
import {
  type MergedPageState,
  pageHolds,
  rowOf,
  withRow,
} from "@/lib/all-accounts/merged-page-state";
import { errorMessages } from "@/lib/errors/messages";
import { inWordsOf, toUserError, type UserError, UserFacingError } from "@/lib/errors/user-error";
import { closeTicket } from "@/lib/tickets/actions/close-ticket";
import type { TicketDTO, TicketPage } from "./dto";
import { ticketKeys } from "./query-keys";

type Snapshot = {
  ticket: TicketDTO | undefined;
  lists: Array<[readonly unknown[], InfiniteData<TicketPage> | undefined]>;
  merged: Array<[readonly unknown[], MergedPageState | undefined]>;
};

const markClosed = <T extends TicketDTO>(ticket: T): T => ({ ...ticket, status: "closed" });

/** The all-accounts pages that show this ticket, whatever their filters and cursor. */
const mergedPagesHolding = (accountID: string, ticketID: string): QueryFilters => ({
  queryKey: mergedKeys.lists(),
  predicate: (query: Query) => pageHolds(query.state.data, { accountID, ticketID }),
});

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

/**
 * Closes one ticket: the badge flips at once everywhere the ticket is cached
 * (its account's lists and the all-accounts pages that show it), rolls back if
 * Moov refuses, and the ticket, every list of the account and those pages are
 * refetched afterwards. A 409 means it was already closed, so nothing rolls back;
 * "unconfirmed" (Moov never said) means the ticket is read again before anything shows.
 */
type Callbacks = { onClosed?: (ticket: TicketDTO) => void; onFailed?: (error: unknown) => void };

export function useCloseTicket(accountID: string, ticketID: string, callbacks: Callbacks = {}) {
  const queryClient = useQueryClient();
  const detailKey = ticketKeys.detail(accountID, ticketID);
  const listsKey = ticketKeys.lists(accountID);
  const ticketRef = { accountID, ticketID };
  const merged = mergedPagesHolding(accountID, ticketID);

  return useMutation({
    mutationKey: ticketKeys.close(accountID, ticketID),
    mutationFn: async () => {
      const result = await closeTicket({ accountID, ticketID }).catch(() => {
        // The action's request itself failed: the app was out of reach, Moov never heard of it.
        throw new UserFacingError({ code: "offline", message: errorMessages.offline });
      });
      if (!result.ok) throw new UserFacingError(result);
      return result.ticket;
    },
    onMutate: async (): Promise<Snapshot> => {
      await Promise.all([
        queryClient.cancelQueries({ queryKey: detailKey, exact: true }),
        queryClient.cancelQueries({ queryKey: listsKey }),
        queryClient.cancelQueries(merged),
      ]);
      const snapshot: Snapshot = {
        ticket: queryClient.getQueryData<TicketDTO>(detailKey),
        lists: queryClient.getQueriesData<InfiniteData<TicketPage>>({ queryKey: listsKey }),
        merged: queryClient.getQueriesData<MergedPageState>(merged),
      };
      queryClient.setQueryData<TicketDTO>(detailKey, (ticket) => ticket && markClosed(ticket));
      queryClient.setQueriesData<InfiniteData<TicketPage>>({ queryKey: listsKey }, (data) =>
        data ? withTicket(data, ticketID, markClosed) : data,
      );
      for (const [key] of snapshot.merged) {
        queryClient.setQueryData<MergedPageState>(key, (page) =>
          page ? withRow(page, ticketRef, markClosed) : page,
        );
      }
      return snapshot;
    },
    // Reported here rather than in mutate()'s own callbacks: those are skipped once the
    // button unmounts, which happens when the closed ticket leaves a filtered list.
    onError: (error, _variables, snapshot) => {
      callbacks.onFailed?.(error);
      const { code } = toUserError(error);
      // Unknown outcome: neither the old status nor "closed" is known to be true, so the
      // ticket is dropped from the cache and read again (retried while Moov is out of reach).
      if (code === "unconfirmed") {
        void queryClient.resetQueries({ queryKey: detailKey, exact: true });
        void queryClient.resetQueries({ queryKey: listsKey });
        for (const [queryKey] of snapshot?.merged ?? []) {
          void queryClient.resetQueries({ queryKey, exact: true });
        }
        return;
      }
      if (!snapshot || code === "conflict") return;
      queryClient.setQueryData(detailKey, snapshot.ticket);
      // Only this ticket goes back: another close in flight on the same list keeps its own flip.
      for (const [key, before] of snapshot.lists) {
        const previous = before?.pages
          .flatMap((page) => page.items)
          .find((item) => item.ticketID === ticketID);
        if (!previous) continue;
        queryClient.setQueryData<InfiniteData<TicketPage>>(key, (data) =>
          data ? withTicket(data, ticketID, () => previous) : data,
        );
      }
      for (const [key, before] of snapshot.merged) {
        const previous = rowOf(before, ticketRef);
        if (!previous) continue;
        queryClient.setQueryData<MergedPageState>(key, (page) =>
          page ? withRow(page, ticketRef, () => previous) : page,
        );
      }
    },
    onSuccess: (ticket) => {
      callbacks.onClosed?.(ticket);
      queryClient.setQueryData(detailKey, ticket);
    },
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: detailKey }),
        queryClient.invalidateQueries({ queryKey: listsKey }),
        queryClient.invalidateQueries(merged),
      ]),
  });
}

/** The failure of a close, whatever threw it, in the close's own words. */
export function closeFailure(error: unknown): UserError {
  return inWordsOf("close", toUserError(error));
}
