"use server";

import { forgetAccountLists } from "@/lib/all-accounts/server/account-page-reader";
import { isAmbiguousWriteFailure } from "@/lib/errors/error-codes";
import { inWordsOf } from "@/lib/errors/user-error";
import { closeTicket as closeUpstream } from "@/lib/moov/tickets";
import type { ActionFailure, TicketActionResult } from "@/lib/tickets/action-result";
import { closeTicketInputSchema, fieldErrorsFrom } from "@/lib/tickets/schemas";
import {
  actionFailure,
  claimedAccountID,
  claimedString,
} from "@/lib/tickets/server/action-failure";
import { auditWrite } from "@/lib/tickets/server/audit-write";
import { beginTicketWrite } from "@/lib/tickets/server/begin-write";
import { readBackTicket } from "@/lib/tickets/server/read-back-ticket";

const closeFailure = (failure: ActionFailure): ActionFailure => ({
  ...inWordsOf("close", failure),
  ok: false,
  fieldErrors: undefined,
});

/**
 * Closes a ticket for good (Moov has no reopen): session → permission → input
 * → PATCH, then one audit line. The PATCH is retried on 5xx and lost
 * connections (closing twice is a 409, never a second effect); when even the
 * retries leave the outcome unknown, the ticket is read back. A 409 that
 * answers a retry is read back too: the unanswered attempt before it may be
 * what closed the ticket, and then the close succeeded.
 */
export async function closeTicket(input: unknown): Promise<TicketActionResult> {
  const write = {
    action: "ticket.close" as const,
    accountID: claimedAccountID(input),
    ticketID: claimedString(input, "ticketID"),
    startedAt: Date.now(),
  };
  const start = await beginTicketWrite(write, input, closeTicketInputSchema, (error) => ({
    ok: false,
    code: "invalid",
    message: "This ticket's address is not valid.",
    fieldErrors: fieldErrorsFrom(error),
  }));
  if (!start.ok) return start.result;
  const { access } = start;
  const { accountID, ticketID } = start.data;
  try {
    const { data, requestId } = await closeUpstream(access.moov, accountID, ticketID);
    return auditWrite(write, { ok: true, ticket: data }, requestId);
  } catch (error) {
    const failure = actionFailure(error);
    // A 409 after a retried PATCH: the unanswered attempt may be what closed it.
    const conflictAfterRetry =
      failure.code === "conflict" &&
      access.retries.some((retry) => retry.method === "PATCH" && retry.reason !== "unauthorized");
    if (!isAmbiguousWriteFailure(failure.code) && !conflictAfterRetry) {
      return auditWrite(write, closeFailure(failure));
    }
    const truth = await readBackTicket(access.moov, accountID, ticketID);
    if (truth?.ticket.status === "closed") {
      return auditWrite(write, { ok: true, ticket: truth.ticket }, truth.requestId);
    }
    // A 409 is Moov's own word that the ticket is closed; only a lost answer is unknown.
    if (truth || conflictAfterRetry) return auditWrite(write, closeFailure(failure));
    return auditWrite(write, closeFailure({ ...failure, code: "unconfirmed" }));
  } finally {
    // Whatever Moov did, the lists the server keeps of this account may be stale now.
    await forgetAccountLists(accountID);
  }
}
