import { z } from "zod/mini";
import { errorMessages, unreadableAppAnswer } from "@/lib/errors/messages";
import { UserFacingError } from "@/lib/errors/user-error";
import { messagesSchema, ticketPageSchema, ticketSchema } from "./dto";
import type { TicketsFetcher } from "./tickets-fetcher";

/** Reads in the browser go through the app's route handlers, which add the session's token. */
const errorBodySchema = z.object({
  code: z.string(),
  message: z.string(),
  requestId: z.optional(z.string()),
});

/** A GET of the app's own JSON, checked against `schema`; any failure is a UserFacingError. */
export async function getJSON<T>(url: string, schema: z.ZodMiniType<T>): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, { headers: { accept: "application/json" }, cache: "no-store" });
  } catch {
    throw new UserFacingError({ status: 0, code: "offline", message: errorMessages.offline });
  }
  const body: unknown = await response.json().catch(() => undefined);
  const requestId = response.headers.get("x-request-id") ?? undefined;
  if (!response.ok) {
    const parsed = errorBodySchema.safeParse(body);
    throw new UserFacingError(
      parsed.success
        ? { status: response.status, ...parsed.data, requestId: parsed.data.requestId ?? requestId }
        : {
            status: response.status,
            code: "unexpected",
            message: errorMessages.unexpected,
            requestId,
          },
    );
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    throw new UserFacingError({
      status: 502,
      code: "unexpected",
      message: unreadableAppAnswer,
      requestId,
    });
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
