"use server";

import { actForAccount } from "@/lib/auth/agent";
import { createTicket as createUpstream } from "@/lib/moov/tickets";
import type { TicketActionResult } from "@/lib/tickets/action-result";
import { fieldErrorsFrom, idSchema, newTicketInputSchema } from "@/lib/tickets/schemas";
import { actionFailure, claimedAccountID } from "@/lib/tickets/server/action-failure";

/** Moov's 422 mirrors its request body; the form's fields are flat. */
const formFieldFor: Record<string, string> = {
  title: "title",
  body: "body",
  "contact.email": "contactEmail",
  "contact.name": "contactName",
  foreignID: "foreignID",
};

function toFormFields(
  errors: Record<string, string> | undefined,
): Record<string, string> | undefined {
  if (!errors) return undefined;
  return Object.fromEntries(
    Object.entries(errors).map(([field, message]) => [formFieldFor[field] ?? field, message]),
  );
}

/** Opens a ticket on behalf of an account: session → permission → input → POST. */
export async function createTicket(input: unknown): Promise<TicketActionResult> {
  let access: Awaited<ReturnType<typeof actForAccount>>;
  try {
    access = await actForAccount(claimedAccountID(input));
  } catch (error) {
    return actionFailure(error);
  }

  const accountID = idSchema.safeParse(claimedAccountID(input));
  const fields = newTicketInputSchema.safeParse(
    input && typeof input === "object" && "ticket" in input ? input.ticket : undefined,
  );
  if (!accountID.success || !fields.success) {
    return {
      ok: false,
      code: "invalid",
      message: "Some fields need attention.",
      fieldErrors: fields.success ? undefined : fieldErrorsFrom(fields.error),
    };
  }

  try {
    const { data } = await createUpstream(access.moov, accountID.data, fields.data);
    return { ok: true, ticket: data };
  } catch (error) {
    const failure = actionFailure(error);
    return { ...failure, fieldErrors: toFormFields(failure.fieldErrors) };
  }
}
