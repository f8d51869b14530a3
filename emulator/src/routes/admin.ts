import { z } from "zod";
import type { AdminHandler, RequestContext } from "../context.js";
import { faultInputSchema } from "../faults.js";
import { errorBody, HttpError, type Reply, readOptionalJsonObject } from "../http.js";
import { newSecret, newUUID } from "../ids.js";
import { Router } from "../router.js";
import { resetStore, seedNames } from "../seed/index.js";
import { messageJSON, seedInfoAccountJSON, ticketJSON } from "../serializers.js";
import type { TicketRow } from "../store/tickets-store.js";
import { parseOr422 } from "../validation.js";
import { bulkTickets } from "./admin-bulk.js";
import { ticketEventData } from "./tickets.js";

const resetSchema = z.object({
  seed: z.enum(seedNames).optional(),
  randomSeed: z.number().int().optional(),
  webhooks: z.boolean().default(true),
});

const newAccountSchema = z.object({
  displayName: z.string().trim().min(1, "displayName is required"),
  connectedTo: z.string().optional(),
  partner: z.boolean().default(false),
});

const staffMessageSchema = z.object({
  author: z.string().trim().min(1).default("Moov Support"),
  body: z.string().trim().min(1, "body is required"),
});

const staffStatusSchema = z.object({
  status: z.enum(
    ["in-progress", "on-hold", "closed"],
    "status must be in-progress, on-hold or closed",
  ),
});

const webhookSchema = z.object({
  url: z.url("url must be an http(s) URL"),
  secret: z.string().min(1, "secret is required"),
});

const configSchema = z.object({
  tokenTTL: z.number().min(0).optional(),
  /** Merged into the current map; null removes an account's override. */
  tokenTTLForAccounts: z.record(z.string(), z.number().min(0).nullable()).optional(),
  refreshTokenTTL: z.number().min(0).optional(),
  rateLimit: z.number().min(0).optional(),
  webhookRetryBaseMs: z.number().int().min(0).optional(),
  webhookMaxAttempts: z.number().int().min(1).max(20).optional(),
  journalSize: z.number().int().min(1).max(100_000).optional(),
});

const journalQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).optional(),
  since: z.iso.datetime({ offset: true }).optional(),
});

const revokeTokensSchema = z.object({ accountID: z.string().optional() });

async function body(ctx: RequestContext): Promise<Record<string, unknown>> {
  return readOptionalJsonObject(ctx.req);
}

function seedInfo(ctx: RequestContext): Reply {
  const { accounts } = ctx.services.store;
  return {
    status: 200,
    body: { accounts: accounts.all().map((row) => seedInfoAccountJSON(row, accounts)) },
  };
}

async function reset(ctx: RequestContext): Promise<Reply> {
  const input = parseOr422(resetSchema, await body(ctx));
  const services = ctx.services;
  const seed = input.seed ?? services.defaultSeed.name;
  const randomSeed = input.randomSeed ?? services.defaultSeed.randomSeed;
  resetStore(services.store, seed, randomSeed, input.webhooks);
  services.faults.clear();
  services.journal.clear();
  services.rateLimiter.clear();
  services.webhooks.clearDeliveries();
  return { status: 200, body: { ok: true, seed, randomSeed } };
}

async function createAccount(ctx: RequestContext): Promise<Reply> {
  const input = parseOr422(newAccountSchema, await body(ctx));
  const { store } = ctx.services;
  if (input.connectedTo && !store.accounts.get(input.connectedTo)) {
    throw new HttpError(422, { connectedTo: "no such account" });
  }
  const accountID = newUUID();
  const now = new Date().toISOString();
  store.transaction(() => {
    store.accounts.insert({
      accountID,
      displayName: input.displayName,
      partner: input.partner,
      createdOn: now,
    });
    store.accounts.insertKey(accountID, {
      publicKey: newSecret("pk_test_"),
      privateKey: newSecret("sk_test_"),
    });
    if (input.connectedTo) store.accounts.connect(input.connectedTo, accountID, now);
  });
  const row = store.accounts.get(accountID);
  if (!row) throw new Error("account vanished after insert");
  return { status: 200, body: seedInfoAccountJSON(row, store.accounts) };
}

function findTicket(ctx: RequestContext): TicketRow {
  const ticket = ctx.services.store.tickets.getByID(ctx.params.ticketID ?? "");
  if (!ticket) throw new HttpError(404, errorBody("ticket not found"));
  return ticket;
}

async function staffMessage(ctx: RequestContext): Promise<Reply> {
  const input = parseOr422(staffMessageSchema, await body(ctx));
  const ticket = findTicket(ctx);
  if (ticket.status === "closed") throw new HttpError(409, errorBody("ticket is closed"));
  const { store, webhooks } = ctx.services;
  const message = store.transaction(() =>
    store.tickets.addMessage(ticket.ticket_id, input.author, input.body, new Date().toISOString()),
  );
  webhooks.emit("ticket.messageAdded", ticketEventData(ticket));
  return { status: 200, body: messageJSON(message) };
}

async function staffStatus(ctx: RequestContext): Promise<Reply> {
  const input = parseOr422(staffStatusSchema, await body(ctx));
  const ticket = findTicket(ctx);
  if (ticket.status === "closed") throw new HttpError(409, errorBody("ticket is already closed"));
  if (ticket.status === input.status) return { status: 200, body: ticketJSON(ticket) };
  const { store, webhooks } = ctx.services;
  const updated = store.transaction(() => {
    store.tickets.setStatus(ticket.ticket_id, input.status, new Date().toISOString());
    return store.tickets.getByID(ticket.ticket_id);
  });
  if (!updated) throw new HttpError(404, errorBody("ticket not found"));
  webhooks.emit("ticket.updated", ticketEventData(updated, true));
  return { status: 200, body: ticketJSON(updated) };
}

async function addFault(ctx: RequestContext): Promise<Reply> {
  const input = parseOr422(faultInputSchema, await body(ctx));
  return { status: 200, body: ctx.services.faults.add(input) };
}

function deleteFault(ctx: RequestContext): Reply {
  if (!ctx.services.faults.remove(ctx.params.faultID ?? "")) {
    throw new HttpError(404, errorBody("fault not found"));
  }
  return { status: 204 };
}

function journal(ctx: RequestContext): Reply {
  const query = parseOr422(journalQuerySchema, Object.fromEntries(ctx.url.searchParams));
  return { status: 200, body: ctx.services.journal.list(query) };
}

function webhookJSON(row: { webhook_id: string; url: string; created_on: string }) {
  return { webhookID: row.webhook_id, url: row.url, createdOn: row.created_on };
}

async function addWebhook(ctx: RequestContext): Promise<Reply> {
  const input = parseOr422(webhookSchema, await body(ctx));
  const row = {
    webhook_id: newUUID(),
    url: input.url,
    secret: input.secret,
    created_on: new Date().toISOString(),
  };
  ctx.services.store.webhooks.insert(row);
  return { status: 200, body: webhookJSON(row) };
}

function pingWebhook(ctx: RequestContext): Reply {
  const webhookID = ctx.params.webhookID ?? "";
  if (!ctx.services.store.webhooks.get(webhookID)) {
    throw new HttpError(404, errorBody("webhook not found"));
  }
  const event = ctx.services.webhooks.emit("event.test", { ping: true }, webhookID);
  return { status: 200, body: event };
}

async function putConfig(ctx: RequestContext): Promise<Reply> {
  const { tokenTTLForAccounts, ...input } = parseOr422(configSchema, await body(ctx));
  const { config, rateLimiter, journal: requestJournal } = ctx.services;
  Object.assign(
    config,
    Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)),
  );
  for (const [accountID, ttl] of Object.entries(tokenTTLForAccounts ?? {})) {
    if (ttl === null) delete config.tokenTTLForAccounts[accountID];
    else config.tokenTTLForAccounts[accountID] = ttl;
  }
  if (input.rateLimit !== undefined) rateLimiter.setRate(input.rateLimit);
  if (input.journalSize !== undefined) requestJournal.resize(input.journalSize);
  return { status: 200, body: config };
}

async function revokeTokens(ctx: RequestContext): Promise<Reply> {
  const input = parseOr422(revokeTokensSchema, await body(ctx));
  const revoked = ctx.services.store.tokens.revokeLive(Date.now(), input.accountID);
  return { status: 200, body: { revoked } };
}

export function adminRouter(): Router<AdminHandler> {
  return new Router<AdminHandler>()
    .add("GET", "/_emulator/seed-info", seedInfo)
    .add("POST", "/_emulator/reset", reset)
    .add("POST", "/_emulator/accounts", createAccount)
    .add("POST", "/_emulator/accounts/:accountID/tickets", bulkTickets)
    .add("POST", "/_emulator/tickets/:ticketID/messages", staffMessage)
    .add("POST", "/_emulator/tickets/:ticketID/status", staffStatus)
    .add("POST", "/_emulator/faults", addFault)
    .add("GET", "/_emulator/faults", (ctx) => ({ status: 200, body: ctx.services.faults.list() }))
    .add("DELETE", "/_emulator/faults", (ctx) => {
      ctx.services.faults.clear();
      return { status: 204 };
    })
    .add("DELETE", "/_emulator/faults/:faultID", deleteFault)
    .add("GET", "/_emulator/journal", journal)
    .add("DELETE", "/_emulator/journal", (ctx) => {
      ctx.services.journal.clear();
      return { status: 204 };
    })
    .add("POST", "/_emulator/webhooks", addWebhook)
    .add("GET", "/_emulator/webhooks", (ctx) => ({
      status: 200,
      body: ctx.services.store.webhooks.all().map(webhookJSON),
    }))
    .add("DELETE", "/_emulator/webhooks/:webhookID", (ctx) => {
      if (!ctx.services.store.webhooks.delete(ctx.params.webhookID ?? "")) {
        throw new HttpError(404, errorBody("webhook not found"));
      }
      return { status: 204 };
    })
    .add("POST", "/_emulator/webhooks/:webhookID/ping", pingWebhook)
    .add("GET", "/_emulator/webhook-deliveries", (ctx) => ({
      status: 200,
      body: ctx.services.webhooks.list(ctx.url.searchParams.get("webhookID") ?? undefined),
    }))
    .add("GET", "/_emulator/config", (ctx) => ({ status: 200, body: ctx.services.config }))
    .add("PUT", "/_emulator/config", putConfig)
    .add("POST", "/_emulator/tokens/revoke", revokeTokens);
}
