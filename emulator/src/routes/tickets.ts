import { z } from "zod";
import type { ApiContext, ApiRoute } from "../context.js";
import { errorBody, HttpError, type Reply, readJsonObject } from "../http.js";
import { newUUID } from "../ids.js";
import { type Access, mayUseTickets } from "../scopes.js";
import { messageJSON, ticketJSON } from "../serializers.js";
import { type TicketRow, ticketStatuses } from "../store/tickets-store.js";
import { parseOr422 } from "../validation.js";

export const defaultPageSize = 200;
export const maxTicketsPerPage = 1000;

const required = (what: string) => ({
  error: (issue: { input: unknown }) =>
    issue.input === undefined ? `${what} is required` : `${what} must be a string`,
});

const createTicketSchema = z.object({
  title: z
    .string(required("title"))
    .trim()
    .min(1, "title is required")
    .max(255, "title is too long"),
  body: z.string(required("body")).trim().min(1, "body is required"),
  author: z.string(required("author")).max(255, "author is too long").optional(),
  contact: z.preprocess(
    (value) => value ?? {},
    z.object({
      email: z.email("email must be a valid email address"),
      name: z.string(required("name")).max(255, "name is too long").optional(),
    }),
  ),
  foreignID: z.string(required("foreignID")).max(64, "foreignID is too long").optional(),
});

const updateTicketSchema = z.object({
  status: z
    .unknown()
    .refine((status) => status === undefined || status === "closed", {
      message: 'status can only be set to "closed"',
    })
    .optional(),
});

const listQuerySchema = z.object({
  count: z.coerce
    .number("count must be a number")
    .int("count must be a whole number")
    .min(1, "count must be at least 1")
    .max(maxTicketsPerPage, `count must be at most ${maxTicketsPerPage}`)
    .default(defaultPageSize),
  cursor: z.string().optional(),
  status: z
    .enum(ticketStatuses, "status must be one of new, in-progress, on-hold, closed")
    .optional(),
  foreignID: z.string().optional(),
});

/** The cursor is opaque to clients: the number of the last ticket on the page, encoded. */
export function encodeCursor(number: number): string {
  return Buffer.from(`tk1:${number}`).toString("base64url");
}

function decodeCursor(cursor: string): number {
  const match = Buffer.from(cursor, "base64url")
    .toString("utf8")
    .match(/^tk1:(\d+)$/);
  if (!match?.[1]) throw new HttpError(422, { cursor: "cursor is not valid" });
  return Number(match[1]);
}

function requireAccess(ctx: ApiContext, access: Access): string {
  const accountID = ctx.params.accountID ?? "";
  const caller = ctx.caller;
  if (!caller || !mayUseTickets(caller, accountID, access, ctx.services.store)) {
    throw new HttpError(403, errorBody(`missing tickets.${access} scope for this account`));
  }
  if (!ctx.services.store.accounts.get(accountID)) {
    throw new HttpError(404, errorBody("account not found"));
  }
  return accountID;
}

function requireTicket(ctx: ApiContext, accountID: string): TicketRow {
  const ticket = ctx.services.store.tickets.get(accountID, ctx.params.ticketID ?? "");
  if (!ticket) throw new HttpError(404, errorBody("ticket not found"));
  return ticket;
}

function eventData(ticket: TicketRow): Record<string, unknown> {
  const data: Record<string, unknown> = {
    accountID: ticket.account_id,
    ticketID: ticket.ticket_id,
  };
  if (ticket.foreign_id !== null) data.foreignID = ticket.foreign_id;
  return data;
}

export function ticketEventData(ticket: TicketRow, withStatus = false): Record<string, unknown> {
  return withStatus ? { ...eventData(ticket), status: ticket.status } : eventData(ticket);
}

async function createTicket(ctx: ApiContext): Promise<Reply> {
  const accountID = requireAccess(ctx, "write");
  const input = parseOr422(createTicketSchema, await readJsonObject(ctx.req), { contact: "email" });
  const { store, webhooks } = ctx.services;
  const ticket = store.transaction(() =>
    store.tickets.insert({
      ticketID: newUUID(),
      accountID,
      title: input.title,
      contact: input.contact,
      foreignID: input.foreignID,
      createdOn: new Date().toISOString(),
      firstMessage: {
        author: input.author ?? input.contact.name ?? input.contact.email,
        body: input.body,
      },
    }),
  );
  webhooks.emit("ticket.created", ticketEventData(ticket));
  return { status: 200, body: ticketJSON(ticket) };
}

function listTickets(ctx: ApiContext): Reply {
  const accountID = requireAccess(ctx, "read");
  const query = parseOr422(listQuerySchema, Object.fromEntries(ctx.url.searchParams));
  const rows = ctx.services.store.tickets.list(accountID, {
    count: query.count + 1,
    beforeNumber: query.cursor === undefined ? undefined : decodeCursor(query.cursor),
    status: query.status,
    foreignID: query.foreignID,
  });
  const items = rows.slice(0, query.count);
  const last = items[items.length - 1];
  const body: Record<string, unknown> = { items: items.map(ticketJSON) };
  if (rows.length > query.count && last) body.nextPage = { cursor: encodeCursor(last.number) };
  return { status: 200, body };
}

function getTicket(ctx: ApiContext): Reply {
  const accountID = requireAccess(ctx, "read");
  return { status: 200, body: ticketJSON(requireTicket(ctx, accountID)) };
}

async function updateTicket(ctx: ApiContext): Promise<Reply> {
  const accountID = requireAccess(ctx, "write");
  const existing = requireTicket(ctx, accountID);
  const input = parseOr422(updateTicketSchema, await readJsonObject(ctx.req));
  if (input.status === undefined) return { status: 200, body: ticketJSON(existing) };
  const { store, webhooks } = ctx.services;
  const updated = store.transaction(() => {
    const current = store.tickets.get(accountID, existing.ticket_id);
    if (!current) throw new HttpError(404, errorBody("ticket not found"));
    // The API has no reopen: closing is final, so a second close is a conflict.
    if (current.status === "closed")
      throw new HttpError(409, errorBody("ticket is already closed"));
    store.tickets.setStatus(current.ticket_id, "closed", new Date().toISOString());
    return store.tickets.get(accountID, current.ticket_id);
  });
  if (!updated) throw new HttpError(404, errorBody("ticket not found"));
  webhooks.emit("ticket.updated", ticketEventData(updated, true));
  return { status: 200, body: ticketJSON(updated) };
}

function listMessages(ctx: ApiContext): Reply {
  const accountID = requireAccess(ctx, "read");
  const ticket = requireTicket(ctx, accountID);
  return {
    status: 200,
    body: ctx.services.store.tickets.messages(ticket.ticket_id).map(messageJSON),
  };
}

export const ticketRoutes: Array<[string, string, ApiRoute]> = [
  ["POST", "/accounts/:accountID/tickets", { auth: "caller", handler: createTicket }],
  ["GET", "/accounts/:accountID/tickets", { auth: "caller", handler: listTickets }],
  ["GET", "/accounts/:accountID/tickets/:ticketID", { auth: "caller", handler: getTicket }],
  ["PATCH", "/accounts/:accountID/tickets/:ticketID", { auth: "caller", handler: updateTicket }],
  [
    "GET",
    "/accounts/:accountID/tickets/:ticketID/messages",
    { auth: "caller", handler: listMessages },
  ],
];
