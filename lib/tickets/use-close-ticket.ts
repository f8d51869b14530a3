"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { errorMessages } from "@/lib/errors/messages";
import { inWordsOf, toUserError, type UserError, UserFacingError } from "@/lib/errors/user-error";
import { closeTicket } from "@/lib/tickets/actions/close-ticket";
import {
  type CloseSnapshot,
  flipToClosed,
  keepClosed,
  refreshAfterClose,
  undoClose,
} from "./close-cache";
import type { TicketDTO } from "./dto";
import { ticketKeys } from "./query-keys";

type Callbacks = { onClosed?: (ticket: TicketDTO) => void; onFailed?: (error: unknown) => void };

/**
 * Closes one ticket: the badge flips at once everywhere the ticket is cached
 * (its account's lists and the all-accounts pages that show it), rolls back if
 * Moov refuses, and the ticket, every list of the account and those pages are
 * refetched afterwards (close-cache.ts). A 409 means it was already closed, so
 * nothing rolls back; "unconfirmed" (Moov never said) means the ticket is read
 * again before anything shows.
 */
export function useCloseTicket(accountID: string, ticketID: string, callbacks: Callbacks = {}) {
  const queryClient = useQueryClient();
  const ref = { accountID, ticketID };

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
    onMutate: (): Promise<CloseSnapshot> => flipToClosed(queryClient, ref),
    // Reported here rather than in mutate()'s own callbacks: those are skipped once the
    // button unmounts, which happens when the closed ticket leaves a filtered list.
    onError: (error, _variables, snapshot) => {
      callbacks.onFailed?.(error);
      undoClose(queryClient, ref, snapshot, toUserError(error).code);
    },
    onSuccess: (ticket) => {
      callbacks.onClosed?.(ticket);
      keepClosed(queryClient, ref, ticket);
    },
    onSettled: () => refreshAfterClose(queryClient, [ref]),
  });
}

/** The failure of a close, whatever threw it, in the close's own words. */
export function closeFailure(error: unknown): UserError {
  return inWordsOf("close", toUserError(error));
}
