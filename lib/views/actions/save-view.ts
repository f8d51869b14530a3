"use server";

import { z } from "zod/mini";
import { AccessDeniedError, listActingAccounts } from "@/lib/auth/agent";
import { actionFailure } from "@/lib/tickets/server/action-failure";
import type { ViewActionResult } from "../action-result";
import { viewWrite } from "../server/action-steps";
import { viewStore } from "../server/view-store";
import { maxViewsPerPerson, queueFromAddress, viewNameSchema } from "../view";

const saveViewInputSchema = z.strictObject({
  name: viewNameSchema,
  queue: z.discriminatedUnion("kind", [
    z.strictObject({ kind: z.literal("account"), accountID: z.guid() }),
    z.strictObject({ kind: z.literal("all-accounts") }),
  ]),
  /** The queue's query string as on screen, read by that queue's own filter parser. */
  search: z.string().check(z.maxLength(16_384)),
});

/**
 * Saves the filters and sort of a queue under a name: session → input →
 * permission (every account it names must be one the person acts for) → store.
 */
export async function saveView(input: unknown): Promise<ViewActionResult> {
  return viewWrite(input, saveViewInputSchema, async (owner, { name, queue: where, search }) => {
    const queue = queueFromAddress(where, search);
    const actsFor = new Set((await listActingAccounts()).map((account) => account.accountID));
    const named = queue.kind === "account" ? [queue.accountID] : queue.filters.accounts;
    if (!named.every((accountID) => actsFor.has(accountID))) {
      return actionFailure(new AccessDeniedError());
    }
    const view = await viewStore().create(owner, { name, queue }, maxViewsPerPerson);
    if (view) return { ok: true, view };
    return {
      ok: false,
      code: "conflict",
      message: `You have ${maxViewsPerPerson} views, the most one person may keep. Delete one first.`,
    };
  });
}
