import { z } from "zod";
import { parseBasic } from "../auth.js";
import type { RuntimeConfig } from "../config.js";
import type { ApiContext, ApiRoute, Services } from "../context.js";
import { errorBody, HttpError, parseJson, type Reply, readBody } from "../http.js";
import { hashToken, newSecret, newUUID } from "../ids.js";
import { parseScopes, unmintableReason } from "../scopes.js";

const tokenRequestSchema = z.object({
  grant_type: z.string().optional(),
  client_id: z.string().optional(),
  client_secret: z.string().optional(),
  scope: z.string().optional(),
  refresh_token: z.string().optional(),
});

const revokeRequestSchema = z.object({
  token: z.string().optional(),
  token_type_hint: z.string().optional(),
  client_id: z.string().optional(),
  client_secret: z.string().optional(),
});

const invalidRequest = errorBody("invalid_request");

/** OAuth bodies may be JSON or form-encoded (RFC 6749 uses the latter). */
async function readOAuthBody(ctx: ApiContext): Promise<Record<string, unknown>> {
  const raw = await readBody(ctx.req);
  const type = ctx.req.headers["content-type"] ?? "";
  if (type.includes("application/x-www-form-urlencoded")) {
    return Object.fromEntries(new URLSearchParams(raw.toString("utf8")));
  }
  if (raw.length === 0) return {};
  const value = parseJson(raw);
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new HttpError(400, invalidRequest);
  }
  return value as Record<string, unknown>;
}

function parseBody<T extends z.ZodType>(schema: T, body: Record<string, unknown>): z.infer<T> {
  const result = schema.safeParse(body);
  if (!result.success) throw new HttpError(400, invalidRequest);
  return result.data;
}

type Client = { clientID: string; accountID: string };

/** Client credentials come from Basic auth or from client_id/client_secret in the body. */
function authenticateClient(
  ctx: ApiContext,
  body: { client_id?: string; client_secret?: string },
): Client {
  const header = ctx.req.headers.authorization;
  const basic = parseBasic(header);
  const clientID = basic?.username ?? body.client_id;
  const secret = basic?.password ?? body.client_secret;
  if (!clientID || secret === undefined) {
    throw new HttpError(401, errorBody("invalid_client"));
  }
  const accountID = ctx.services.store.accounts.accountForKey(clientID, secret);
  if (!accountID) throw new HttpError(401, errorBody("invalid_client"));
  return { clientID, accountID };
}

/** The configured lifetime, or the shortest per-account one among the accounts the scopes name. */
function accessTokenTTL(config: RuntimeConfig, scopes: string[]): number {
  const named = scopes.flatMap((scope) => {
    const ttl = config.tokenTTLForAccounts[scope.split("/")[2] ?? ""];
    return ttl === undefined ? [] : [ttl];
  });
  return named.length > 0 ? Math.min(...named) : config.tokenTTL;
}

function issueTokens(services: Services, client: Client, scopes: string[], grantID: string) {
  const { store, config } = services;
  const now = Date.now();
  const accessToken = newSecret("moov_at_");
  const refreshToken = newSecret("moov_rt_");
  const expiresAt = now + Math.round(accessTokenTTL(config, scopes) * 1000);
  const base = {
    grantID,
    clientID: client.clientID,
    accountID: client.accountID,
    scopes,
    createdAt: now,
  };
  store.tokens.insert({ ...base, tokenHash: hashToken(accessToken), kind: "access", expiresAt });
  store.tokens.insert({
    ...base,
    tokenHash: hashToken(refreshToken),
    kind: "refresh",
    expiresAt: now + Math.round(config.refreshTokenTTL * 1000),
  });
  return {
    access_token: accessToken,
    refresh_token: refreshToken,
    token_type: "Bearer",
    // An absolute Unix timestamp in seconds, as Moov's spec describes expires_in.
    expires_in: Math.floor(expiresAt / 1000),
    scope: scopes.join(" "),
  };
}

async function createToken(ctx: ApiContext): Promise<Reply> {
  const body = parseBody(tokenRequestSchema, await readOAuthBody(ctx));
  if (body.grant_type !== "client_credentials" && body.grant_type !== "refresh_token") {
    throw new HttpError(400, invalidRequest);
  }
  const client = authenticateClient(ctx, body);
  const { store } = ctx.services;
  const headers = { "cache-control": "no-store" };
  if (body.grant_type === "client_credentials") {
    const scopes = parseScopes(body.scope ?? "");
    const reason = unmintableReason(scopes, client.accountID, store);
    if (reason) throw new HttpError(422, { scope: reason });
    const tokens = store.transaction(() => issueTokens(ctx.services, client, scopes, newUUID()));
    return { status: 200, body: tokens, headers };
  }
  if (!body.refresh_token) throw new HttpError(422, { refresh_token: "refresh_token is required" });
  const row = store.tokens.find(hashToken(body.refresh_token));
  const usable =
    row &&
    row.kind === "refresh" &&
    !row.revoked &&
    row.expires_at > Date.now() &&
    row.client_id === client.clientID;
  if (!row || !usable) {
    throw new HttpError(422, { refresh_token: "refresh_token is invalid, expired or revoked" });
  }
  const granted = row.scopes.split(" ").filter(Boolean);
  const scopes = body.scope ? parseScopes(body.scope) : granted;
  const extra = scopes.find((scope) => !granted.includes(scope));
  if (extra)
    throw new HttpError(422, { scope: `scope ${extra} was not granted to this refresh_token` });
  // Refresh tokens rotate: the one just used stops working; the old access token lives on until it expires.
  const tokens = store.transaction(() => {
    store.tokens.revoke(row.token_hash);
    return issueTokens(ctx.services, client, scopes, row.grant_id);
  });
  return { status: 200, body: tokens, headers };
}

async function revokeToken(ctx: ApiContext): Promise<Reply> {
  const body = parseBody(revokeRequestSchema, await readOAuthBody(ctx));
  const client = authenticateClient(ctx, body);
  if (!body.token) throw new HttpError(422, { token: "token is required" });
  if (
    body.token_type_hint !== undefined &&
    body.token_type_hint !== "access_token" &&
    body.token_type_hint !== "refresh_token"
  ) {
    throw new HttpError(422, { token_type_hint: "must be access_token or refresh_token" });
  }
  const { store } = ctx.services;
  const row = store.tokens.find(hashToken(body.token));
  // RFC 7009: an unknown token (or another client's) is not an error, just a no-op.
  if (row && row.client_id === client.clientID) {
    store.transaction(() => {
      if (row.kind === "refresh") store.tokens.revokeGrant(row.grant_id);
      else store.tokens.revoke(row.token_hash);
    });
  }
  return { status: 204 };
}

export const oauthRoutes: Array<[string, string, ApiRoute]> = [
  ["POST", "/oauth2/token", { auth: "none", handler: createToken }],
  ["POST", "/oauth2/revoke", { auth: "none", handler: revokeToken }],
];
