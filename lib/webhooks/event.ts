import { z } from "zod";

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
  eventID: z.string().min(1).max(200),
  type: z.string().min(1).max(200),
  createdOn: z.string(),
  data: z.unknown(),
});

export type WebhookEvent = z.infer<typeof webhookEventSchema>;
export type WebhookEnvelope = z.infer<typeof webhookEnvelopeSchema>;
