import { z } from "zod/mini";
import "@/lib/zod-config";
import { userErrorSchema } from "@/lib/errors/user-error";
import { idSchema } from "./schemas";

/**
 * `GET /api/tickets/waiting`: who wrote the first and the latest message of
 * a few open tickets, of any accounts the person acts for, in one request.
 * Each ticket is `ticket=<accountID>/<ticketID>/<latestMessageOn>` (the time
 * empty when the ticket has none): the time is what the server's cache is
 * keyed by, so a ticket's thread is read from Moov again only once a new
 * message has moved it. Safe to import anywhere.
 */
export const waitingAPI = "/api/tickets/waiting";

/** Tickets one request may name: two queue pages; enough to batch, few enough to answer fast. */
export const maxWaitingPerRequest = 50;

export type WaitingRef = { accountID: string; ticketID: string; latestMessageOn?: string };

export const waitingRefKey = (ref: WaitingRef) =>
  `${ref.accountID}/${ref.ticketID}/${ref.latestMessageOn ?? ""}`;

export function waitingURL(refs: readonly WaitingRef[]): string {
  const search = new URLSearchParams();
  for (const ref of refs) search.append("ticket", waitingRefKey(ref));
  return `${waitingAPI}?${search}`;
}

const refSchema = z.pipe(
  z.pipe(
    z.pipe(
      z.string().check(z.maxLength(200)),
      z.transform((value: string) => value.split("/")),
    ),
    z.tuple([idSchema, idSchema, z.union([z.literal(""), z.iso.datetime({ offset: true })])]),
  ),
  z.transform(([accountID, ticketID, latestMessageOn]: [string, string, string]): WaitingRef => {
    const ref: WaitingRef = { accountID, ticketID };
    if (latestMessageOn) ref.latestMessageOn = latestMessageOn;
    return ref;
  }),
);

const refsSchema = z
  .array(refSchema)
  .check(
    z.minLength(1, "Name at least one ticket."),
    z.maxLength(maxWaitingPerRequest, `Name at most ${maxWaitingPerRequest} tickets.`),
  );

/** The request's tickets, each once; a malformed one fails the whole request (a 400). */
export function parseWaitingRefs(
  search: URLSearchParams,
): { ok: true; refs: WaitingRef[] } | { ok: false; message: string } {
  const parsed = refsSchema.safeParse(search.getAll("ticket"));
  if (!parsed.success) {
    return { ok: false, message: parsed.error.issues[0]?.message ?? "Invalid tickets." };
  }
  const unique = new Map(parsed.data.map((ref) => [waitingRefKey(ref), ref]));
  return { ok: true, refs: [...unique.values()] };
}

const threadEndsSchema = z.object({ firstAuthor: z.string(), latestAuthor: z.string() });

/** One ticket's answer: its thread's ends (null: a thread with no message), or why not. */
export const waitingItemSchema = z.union([
  z.object({ key: z.string(), ends: z.nullable(threadEndsSchema) }),
  z.object({ key: z.string(), error: userErrorSchema }),
]);
export type WaitingItem = z.infer<typeof waitingItemSchema>;

export const waitingAnswerSchema = z.object({ items: z.array(waitingItemSchema) });
export type WaitingAnswer = z.infer<typeof waitingAnswerSchema>;
