"use server";

import type { TicketActionResult } from "@/lib/tickets/action-result";
import { closeTicketInputSchema, fieldErrorsFrom } from "@/lib/tickets/schemas";
import { claimedAccountID, claimedString } from "@/lib/tickets/server/action-failure";
import { beginTicketWrite } from "@/lib/tickets/server/begin-write";
import { closeWithAccess } from "@/lib/tickets/server/close-with-access";

/**
 * Closes a ticket for good (Moov has no reopen): session → permission → input
 * → PATCH (server/close-with-access.ts), then one audit line.
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
  return closeWithAccess(start.access, { ...write, ...start.data });
}
