import { z } from "zod";
import type { RequestContext } from "../context.js";
import { errorBody, HttpError, type Reply, readOptionalJsonObject } from "../http.js";
import { newUUID } from "../ids.js";
import { ticketStatuses } from "../store/tickets-store.js";
import { parseOr422 } from "../validation.js";

/**
 * `POST /_emulator/accounts/{accountID}/tickets`: many tickets for one
 * account in one transaction, for a test that needs a large account (the
 * CSV export of 10,000 tickets) without 10,000 API calls or the `large` seed.
 * Like a seed, it sends no webhooks: 10,000 `ticket.created` events would
 * flood whoever listens, and nothing about them is under test.
 */
export const maxBulkTickets = 20_000;

const bulkSchema = z.object({
  count: z.number().int().min(1).max(maxBulkTickets),
  status: z.enum(ticketStatuses).default("new"),
  /** The first tickets created get these titles, in order; the rest "Bulk ticket N" (N: its place in this call). */
  titles: z.array(z.string().min(1).max(255)).max(maxBulkTickets).default([]),
  foreignID: z.string().min(1).max(64).optional(),
});

export async function bulkTickets(ctx: RequestContext): Promise<Reply> {
  const input = parseOr422(bulkSchema, await readOptionalJsonObject(ctx.req));
  const accountID = ctx.params.accountID ?? "";
  const { store } = ctx.services;
  if (!store.accounts.get(accountID)) throw new HttpError(404, errorBody("account not found"));
  // One second apart and ending now, so "newest first" by number and by creation agree.
  const lastMs = Math.floor(Date.now() / 1000) * 1000;
  const numbers = store.transaction(() =>
    Array.from({ length: input.count }, (_, index) => {
      const createdOn = new Date(lastMs - (input.count - 1 - index) * 1000).toISOString();
      const row = store.tickets.insert({
        ticketID: newUUID(),
        accountID,
        title: input.titles[index] ?? `Bulk ticket ${index + 1}`,
        contact: { email: `bulk-${index + 1}@example.com`, name: `Bulk Contact ${index + 1}` },
        foreignID: input.foreignID,
        status: input.status,
        createdOn,
        firstMessage: {
          author: "Bulk Contact",
          body: "Opened in bulk by the emulator's admin API.",
        },
      });
      return row.number;
    }),
  );
  return {
    status: 200,
    body: { accountID, created: numbers.length, first: numbers[0], last: numbers.at(-1) },
  };
}
