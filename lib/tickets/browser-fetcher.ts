import { z } from "zod";
import { messagesSchema, ticketPageSchema, ticketSchema } from "./dto";
import { type TicketsFetcher, TicketsRequestError } from "./fetcher";

/** Reads in the browser go through the app's route handlers, which add the session's token. */
const errorBodySchema = z.object({
  code: z.string(),
  message: z.string(),
  requestId: z.string().optional(),
});

async function getJSON<T>(url: string, schema: z.ZodType<T>): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, { headers: { accept: "application/json" }, cache: "no-store" });
  } catch {
    throw new TicketsRequestError(
      0,
      "offline",
      "Support Desk could not be reached. Check your connection and try again.",
    );
  }
  const body: unknown = await response.json().catch(() => undefined);
  const requestId = response.headers.get("x-request-id") ?? undefined;
  if (!response.ok) {
    const parsed = errorBodySchema.safeParse(body);
    throw parsed.success
      ? new TicketsRequestError(
          response.status,
          parsed.data.code,
          parsed.data.message,
          parsed.data.requestId ?? requestId,
        )
      : new TicketsRequestError(
          response.status,
          "unexpected",
          "Something unexpected went wrong. Try again in a moment.",
          requestId,
        );
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    throw new TicketsRequestError(
      502,
      "unexpected",
      "Support Desk sent back data it could not read.",
      requestId,
    );
  }
  return parsed.data;
}

const base = (accountID: string) => `/api/accounts/${encodeURIComponent(accountID)}/tickets`;

export const browserFetcher: TicketsFetcher = {
  listTickets(accountID, filters, cursor) {
    const search = new URLSearchParams({ status: filters.status });
    if (filters.foreignID) search.set("foreignID", filters.foreignID);
    if (cursor) search.set("cursor", cursor);
    return getJSON(`${base(accountID)}?${search}`, ticketPageSchema);
  },
  getTicket(accountID, ticketID) {
    return getJSON(`${base(accountID)}/${encodeURIComponent(ticketID)}`, ticketSchema);
  },
  listMessages(accountID, ticketID) {
    return getJSON(`${base(accountID)}/${encodeURIComponent(ticketID)}/messages`, messagesSchema);
  },
};
