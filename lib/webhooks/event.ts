import { z } from "zod";
import { sseIdPattern } from "@/lib/live/sse-stream";

/** Moov's webhook envelope, and the ticket events this app acts on. */
const ticketEventData = z.object({
  accountID: z.string().min(1),
  ticketID: z.string().min(1),
  foreignID: z.string().optional(),
});

export const webhookEventSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("ticket.created"), data: ticketEventData }),
  z.object({
    type: z.literal("ticket.updated"),
    data: ticketEventData.extend({ status: z.string().optional() }),
  }),
  z.object({ type: z.literal("ticket.messageAdded"), data: ticketEventData }),
  z.object({ type: z.literal("event.test"), data: z.object({ ping: z.boolean() }).loose() }),
]);

export const webhookEnvelopeSchema = z.object({
  // The body is not signed, and the eventID becomes the SSE `id:` line on every
  // open screen: only characters that cannot start another SSE field.
  eventID: z.string().regex(sseIdPattern, "eventID must be 1–128 of A–Z a–z 0–9 _ -"),
  type: z.string().min(1).max(200),
  createdOn: z.string(),
  data: z.unknown(),
});

export type WebhookEvent = z.infer<typeof webhookEventSchema>;
export type WebhookEnvelope = z.infer<typeof webhookEnvelopeSchema>;
