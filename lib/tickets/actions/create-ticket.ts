"use server";

import { forgetAccountLists } from "@/lib/all-accounts/server/account-page-reader";
import { inWordsOf } from "@/lib/errors/user-error";
import { createTicket as createUpstream } from "@/lib/moov/tickets";
import type { TicketActionResult } from "@/lib/tickets/action-result";
import { createTicketInputSchema, fieldErrorsFrom } from "@/lib/tickets/schemas";
import { actionFailure, claimedAccountID } from "@/lib/tickets/server/action-failure";
import { auditWrite } from "@/lib/tickets/server/audit-write";
import { beginTicketWrite } from "@/lib/tickets/server/begin-write";

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

/** The form's fields carry no prefix; anything else (an unknown key) keeps its path. */
function inputFieldErrors(errors: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(errors).map(([field, message]) => [field.replace(/^ticket\./, ""), message]),
  );
}

/**
 * Opens a ticket on behalf of an account: session → permission → input → POST,
 * then one audit line. The POST is not idempotent, so it is never retried
 * after Moov may have acted on it (see lib/moov/retry-policy.ts).
 */
export async function createTicket(input: unknown): Promise<TicketActionResult> {
  const write = {
    action: "ticket.create" as const,
    accountID: claimedAccountID(input),
    startedAt: Date.now(),
  };
  const start = await beginTicketWrite(write, input, createTicketInputSchema, (error) => ({
    ok: false,
    code: "invalid",
    message: "Some fields need attention.",
    fieldErrors: inputFieldErrors(fieldErrorsFrom(error)),
  }));
  if (!start.ok) return start.result;
  const { access } = start;
  const { accountID, ticket } = start.data;
  try {
    const { data, requestId } = await createUpstream(access.moov, accountID, ticket);
    return auditWrite(write, { ok: true, ticket: data }, requestId);
  } catch (error) {
    const failure = actionFailure(error);
    return auditWrite(write, {
      ...inWordsOf("create", failure),
      ok: false,
      fieldErrors: toFormFields(failure.fieldErrors),
    });
  } finally {
    // Whatever Moov did, the lists the server keeps of this account may be stale now.
    await forgetAccountLists(accountID);
  }
}
