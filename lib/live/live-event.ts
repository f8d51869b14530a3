import { z } from "zod/mini";

/**
 * What the server tells open screens: which ticket of which account changed.
 * Deliberately no ticket content — screens re-fetch through the agent's own
 * token, so an event can never show someone data they may not read.
 */
export const liveEventSchema = z.object({
  kind: z.enum(["ticket.created", "ticket.updated", "ticket.messageAdded"]),
  accountID: z.string(),
  ticketID: z.string(),
  status: z.optional(z.string()),
  eventID: z.string(),
});

export type LiveEvent = z.infer<typeof liveEventSchema>;
