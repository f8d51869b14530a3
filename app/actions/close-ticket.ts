"use server";

import { actForAccount } from "@/lib/auth/agent";
import { closeTicket as closeUpstream } from "@/lib/moov/tickets";
import type { TicketActionResult } from "@/lib/tickets/action-result";
import { closeMessages } from "@/lib/tickets/close-messages";
import { closeTicketInputSchema, fieldErrorsFrom } from "@/lib/tickets/schemas";
import { actionFailure, claimedAccountID } from "@/lib/tickets/server/action-failure";

/** Closes a ticket for good (Moov has no reopen): session → permission → input → PATCH. */
export async function closeTicket(input: unknown): Promise<TicketActionResult> {
  let access: Awaited<ReturnType<typeof actForAccount>>;
  try {
    access = await actForAccount(claimedAccountID(input));
  } catch (error) {
    return actionFailure(error);
  }

  const parsed = closeTicketInputSchema.safeParse(input);
  if (!parsed.success) {
    return {
      ok: false,
      code: "invalid",
      message: "This ticket's address is not valid.",
      fieldErrors: fieldErrorsFrom(parsed.error),
    };
  }

  const { accountID, ticketID } = parsed.data;
  try {
    const { data } = await closeUpstream(access.moov, accountID, ticketID);
    return { ok: true, ticket: data };
  } catch (error) {
    const failure = actionFailure(error);
    return {
      ...failure,
      message: closeMessages[failure.code] ?? failure.message,
      fieldErrors: undefined,
    };
  }
}
