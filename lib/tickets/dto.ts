import type { Ticket, TicketMessage } from "@moovio/sdk/models/components/index.js";
import { z } from "zod/mini";
import "@/lib/zod-config";

/**
 * Tickets as they cross from server to browser (route handlers, actions and the
 * dehydrated cache): plain JSON with ISO timestamps, so both sides hold the same shape.
 */
export const ticketSchema = z.object({
  ticketID: z.string(),
  number: z.number(),
  title: z.string(),
  contact: z.object({ email: z.string(), name: z.optional(z.string()) }),
  status: z.string(),
  createdOn: z.string(),
  updatedOn: z.string(),
  latestMessageOn: z.optional(z.string()),
  closedOn: z.optional(z.string()),
  foreignID: z.optional(z.string()),
});
export type TicketDTO = z.infer<typeof ticketSchema>;

export const ticketPageSchema = z.object({
  items: z.array(ticketSchema),
  nextCursor: z.optional(z.string()),
});
export type TicketPage = z.infer<typeof ticketPageSchema>;

export const messageSchema = z.object({ author: z.string(), body: z.string(), sentOn: z.string() });
export type MessageDTO = z.infer<typeof messageSchema>;
export const messagesSchema = z.array(messageSchema);

const iso = (date: Date | undefined) => date?.toISOString();

export function toTicketDTO(ticket: Ticket): TicketDTO {
  return {
    ticketID: ticket.ticketID,
    number: ticket.number,
    title: ticket.title,
    contact: { email: ticket.contact.email, name: ticket.contact.name },
    status: ticket.status,
    createdOn: ticket.createdOn.toISOString(),
    updatedOn: ticket.updatedOn.toISOString(),
    latestMessageOn: iso(ticket.latestMessageOn),
    closedOn: iso(ticket.closedOn),
    foreignID: ticket.foreignID,
  };
}

export function toMessageDTO(message: TicketMessage): MessageDTO {
  return { author: message.author, body: message.body, sentOn: message.sentOn.toISOString() };
}
