import "server-only";
import { forgetAccountLists } from "@/lib/all-accounts/server/account-page-reader";
import type { actForAccount } from "@/lib/auth/agent";
import { isAmbiguousWriteFailure } from "@/lib/errors/error-codes";
import { inWordsOf } from "@/lib/errors/user-error";
import { closeTicket as closeUpstream } from "@/lib/moov/tickets";
import type { ActionFailure, TicketActionResult } from "../action-result";
import { actionFailure } from "./action-failure";
import { auditWrite, type Write } from "./audit-write";
import { readBackTicket } from "./read-back-ticket";

type Acting = Awaited<ReturnType<typeof actForAccount>>;

const closeFailure = (failure: ActionFailure): ActionFailure => ({
  ...inWordsOf("close", failure),
  ok: false,
  fieldErrors: undefined,
});

/**
 * Closes one ticket once the session and the permission for its account are
 * settled (`access`: an SDK instance with the token for that account, and
 * the retries it made), then writes its one audit line. The PATCH is retried
 * on 5xx and lost connections (closing twice is a 409, never a second
 * effect); when even the retries leave the outcome unknown, the ticket is
 * read back. A 409 that answers a retry is read back too: the unanswered
 * attempt before it may be what closed the ticket, and then the close
 * succeeded. Used by the single close and the bulk close alike.
 */
export async function closeWithAccess(
  access: Acting,
  write: Write & { accountID: string; ticketID: string },
): Promise<TicketActionResult> {
  const { accountID, ticketID } = write;
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
