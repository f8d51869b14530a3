/**
 * One agent's attempt at closing one ticket through the server action, and
 * what its answer means: closed, closed earlier by an attempt whose answer was
 * lost (a 409 on a retry), failed for good, or unknown and worth retrying.
 */
import { closeTicketAction, type Session } from "../app-client";
import { type CloseState, now } from "./plan";
import type { Shared } from "./work-agent";

/** Answers that say the close can never succeed; every other failure may be retried. */
const finalCodes = new Set(["unauthorized", "forbidden", "not_found", "invalid", "bad_request"]);

type ActionResult = { ok?: boolean; code?: string; ticket?: { status?: string } } | undefined;

/** True when the ticket needs no more attempts. */
export async function closeOnce(
  state: CloseState,
  session: Session,
  accountID: string,
  shared: Shared,
): Promise<boolean> {
  const { ledger, appURL, actionID } = shared;
  const { ticketID } = state.ticket;
  state.attempts++;
  const start = now();
  let status = 0;
  let result: ActionResult;
  let error: string | undefined;
  try {
    const answer = await closeTicketAction(
      { appURL, actionID, accountID, ticketID },
      session.jar,
      ledger.agent,
      15_000,
    );
    status = answer.status;
    result = answer.result as ActionResult;
  } catch (caught) {
    error = String(caught);
  }
  const end = now();
  state.tries.push([start, end]);
  const ok = status === 200 && result?.ok === true;
  ledger.record({ kind: "close action", start, end, status, ok, code: result?.code, error });
  return settle(state, status === 200 ? result : undefined, end, accountID, shared);
}

/** Records how the ticket ended, or leaves it for a retry; `result` is the action's answer to a 200. */
function settle(
  state: CloseState,
  result: ActionResult,
  end: number,
  accountID: string,
  shared: Shared,
): boolean {
  const { ticketID } = state.ticket;
  const failures = shared.ledger.invariantFailures;
  const learnt = () => shared.closedAt.get(accountID)?.set(ticketID, end);
  if (result?.ok === true) {
    if (result.ticket?.status !== "closed") {
      failures.push(`${ticketID}: the action answered ok with status ${result.ticket?.status}`);
    }
    state.closedBy = "ok";
    state.answeredAt = end;
    learnt();
    return true;
  }
  if (result?.code === "conflict") {
    if (state.ambiguous > 0) {
      state.closedBy = "409-after-retry";
      state.answeredAt = end;
      learnt();
    } else {
      failures.push(`${ticketID}: 409 on its first close (someone else closed it?)`);
      state.closedBy = "409-after-retry";
    }
    return true;
  }
  if (result?.code && finalCodes.has(result.code)) {
    failures.push(`${ticketID}: the close failed for good: ${result.code}`);
    return true;
  }
  // Unanswered or failed upstream: it may or may not have reached Moov. Try again later.
  state.ambiguous++;
  return false;
}
