"use server";

import { actForAccount, currentAgent } from "@/lib/auth/agent";
import { forEachBounded } from "@/lib/bounded";
import { errorMessages } from "@/lib/errors/messages";
import type {
  BulkCloseOutcome,
  BulkCloseResult,
  TicketActionResult,
} from "@/lib/tickets/action-result";
import { closeTicketsInputSchema } from "@/lib/tickets/schemas";
import { actionFailure } from "@/lib/tickets/server/action-failure";
import { auditWrite } from "@/lib/tickets/server/audit-write";
import { closeWithAccess } from "@/lib/tickets/server/close-with-access";

/** Closes running at once: Moov's per-account pacing (lib/moov/pacer.ts) applies beneath this. */
const bulkConcurrency = 4;

function outcomeOf(
  entry: { accountID: string; ticketID: string },
  result: TicketActionResult,
): BulkCloseOutcome {
  if (result.ok) return { ...entry, outcome: "closed", ticket: result.ticket };
  // Moov's 409: the ticket was closed already (by staff, another agent, another tab).
  if (result.code === "conflict") return { ...entry, outcome: "already-closed" };
  const { ok: _ok, ...error } = result;
  return { ...entry, outcome: "failed", error };
}

/**
 * Closes up to 100 tickets, across accounts, as one request: session → input
 * → for each ticket, the permission for its account (a ticket of an account
 * the person may not act for is refused, audited, and never reaches Moov),
 * then the close exactly like a single close (same retries, read-back and
 * audit line), a few at a time.
 * One failure never stops the others; every ticket gets its own outcome.
 */
export async function closeTickets(input: unknown): Promise<BulkCloseResult> {
  if (!(await currentAgent())) {
    return { ok: false, code: "unauthorized", message: errorMessages.unauthorized };
  }
  const parsed = closeTicketsInputSchema.safeParse(input);
  if (!parsed.success) {
    return {
      ok: false,
      code: "invalid",
      message: parsed.error.issues[0]?.message ?? "These tickets cannot be closed together.",
    };
  }
  const { tickets } = parsed.data;
  const startedAt = Date.now();

  const outcomes = new Map<string, BulkCloseOutcome>();
  await forEachBounded(tickets, bulkConcurrency, async (entry) => {
    const write = { action: "ticket.close" as const, ...entry, startedAt };
    let result: TicketActionResult;
    try {
      // The permission check for the ticket's account comes first (AccessDeniedError before
      // any Moov call); each ticket gets its own SDK instance, so one PATCH's retries say
      // nothing of another's.
      result = await closeWithAccess(await actForAccount(entry.accountID), write);
    } catch (error) {
      result = await auditWrite(write, actionFailure(error));
    }
    outcomes.set(`${entry.accountID}/${entry.ticketID}`, outcomeOf(entry, result));
  });
  return {
    ok: true,
    outcomes: tickets.map(
      (entry) => outcomes.get(`${entry.accountID}/${entry.ticketID}`) as BulkCloseOutcome,
    ),
  };
}
