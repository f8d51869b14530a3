import { authenticate, authSchemeOf, parseBasic } from "./auth.js";
import type { ApiRoute, RequestContext } from "./context.js";
import { errorBody, HttpError, type Reply, sendReply, sleep } from "./http.js";
import { type JournalEntry, redactQuery } from "./journal.js";
import { Router } from "./router.js";
import { accountRoutes } from "./routes/accounts.js";
import { oauthRoutes } from "./routes/oauth.js";
import { pingRoutes } from "./routes/ping.js";
import { ticketRoutes } from "./routes/tickets.js";
import { resolveVersion } from "./versions.js";

function apiRouter(): Router<ApiRoute> {
  const router = new Router<ApiRoute>();
  for (const [method, pattern, route] of [
    ...pingRoutes,
    ...oauthRoutes,
    ...accountRoutes,
    ...ticketRoutes,
  ]) {
    router.add(method, pattern, route);
  }
  return router;
}

const router = apiRouter();

/**
 * The Moov API side of the emulator, in the order a request meets it:
 * fault rules (they stand in for the network and Moov's edge), the version
 * header, routing, authentication, the rate limit, then the handler.
 * Every request ends up in the journal.
 */
export async function handleApiRequest(ctx: RequestContext): Promise<void> {
  const { req, res, url, services } = ctx;
  const started = performance.now();
  const method = req.method ?? "GET";
  const requestedVersion = headerValue(req.headers["x-moov-version"]);
  const entry: JournalEntry = {
    at: new Date().toISOString(),
    method,
    path: url.pathname,
    query: redactQuery(url.searchParams),
    status: 0,
    requestedVersion,
    authScheme: authSchemeOf(req.headers.authorization),
    requestID: ctx.requestID,
    durationMs: 0,
  };
  /** `deliver: false`: the request was handled, but its answer is dropped (fault dropAnswer). */
  const finish = (reply: Reply | undefined, deliver = true) => {
    if (reply && deliver) sendReply(res, reply);
    entry.status = reply?.status ?? 0;
    entry.durationMs = Math.round((performance.now() - started) * 100) / 100;
    services.journal.record(entry);
  };

  const fault = services.faults.pick(
    method,
    url.pathname,
    req.headers.authorization,
    url.searchParams,
  );
  if (fault) {
    entry.faultID = fault.faultID;
    if (fault.delayMs) await sleep(fault.delayMs);
    if (fault.drop) {
      req.socket.destroy();
      finish(undefined);
      return;
    }
    if (fault.status !== undefined) {
      req.resume();
      finish({ status: fault.status, body: fault.body, headers: fault.headers });
      return;
    }
  }

  let reply: Reply;
  try {
    reply = await route(ctx, entry);
  } catch (error) {
    reply = toReply(error);
  }
  if (fault?.dropAnswer) {
    // Moov acted on the request; the caller never hears so.
    entry.answerDropped = true;
    finish(reply, false);
    req.socket.destroy();
    return;
  }
  if (entry.version) res.setHeader("x-moov-version", entry.version);
  finish(reply);
}

async function route(ctx: RequestContext, entry: JournalEntry): Promise<Reply> {
  const version = resolveVersion(entry.requestedVersion);
  if (!version.ok) return { status: 404, body: errorBody(version.reason) };
  entry.version = version.version;

  const match = router.match(entry.method, entry.path);
  if (match.kind === "not-found") return { status: 404, body: errorBody("not found") };
  if (match.kind === "method-not-allowed") {
    return {
      status: 405,
      body: errorBody("method not allowed"),
      headers: { allow: match.allowed.join(", ") },
    };
  }
  const { services } = ctx;
  const accountID = match.params.accountID;
  if (accountID) entry.accountID = accountID;

  let caller: ReturnType<typeof authenticateOrThrow> | undefined;
  if (match.handler.auth === "caller") {
    caller = authenticateOrThrow(ctx);
    entry.clientID = caller.clientID;
    entry.accountID ??= caller.accountID;
    if (caller.scheme === "bearer") {
      entry.tokenScopes = caller.scopes;
      entry.tokenLifetimeSeconds = caller.lifetimeSeconds;
      entry.tokenID = caller.tokenID;
    }
  }

  // Per (caller, account), like Moov's per-IP-per-account limit; every token a
  // key pair mints shares that key pair's budget.
  const who =
    caller?.clientID ??
    parseBasic(ctx.req.headers.authorization)?.username ??
    `ip:${ctx.req.socket.remoteAddress ?? "?"}`;
  const decision = services.rateLimiter.take(`${who}|${accountID ?? entry.path}`);
  if (!decision.allowed) {
    return {
      status: 429,
      body: errorBody("rate limit exceeded"),
      headers: { "retry-after": String(decision.retryAfterSeconds) },
    };
  }

  return match.handler.handler({ ...ctx, params: match.params, caller });
}

function authenticateOrThrow(ctx: RequestContext) {
  const result = authenticate(ctx.req.headers.authorization, ctx.services.store, Date.now());
  if (!result.ok) {
    throw new HttpError(401, errorBody(result.reason), {
      "www-authenticate": 'Basic realm="moov"',
    });
  }
  return result.caller;
}

export function toReply(error: unknown): Reply {
  if (error instanceof HttpError) {
    return { status: error.status, body: error.body, headers: error.headers };
  }
  console.error("emulator: unhandled error", error);
  return { status: 500, body: errorBody("internal error") };
}

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
