import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { handleApiRequest, toReply } from "./api.js";
import { defaultConfig, type RuntimeConfig } from "./config.js";
import type { RequestContext, Services } from "./context.js";
import { Faults } from "./faults.js";
import { errorBody, sendReply } from "./http.js";
import { newUUID } from "./ids.js";
import { Journal } from "./journal.js";
import { RateLimiter } from "./rate-limit.js";
import { adminRouter } from "./routes/admin.js";
import { applySeed, defaultRandomSeed, type SeedName } from "./seed/index.js";
import { Store } from "./store/store.js";
import { WebhookDispatcher } from "./webhooks.js";

export type EmulatorOptions = {
  /** 0 picks a free port. */
  port?: number;
  /** A SQLite file, or ":memory:" for a throw-away store. */
  db?: string;
  seed?: SeedName;
  randomSeed?: number;
  /** Access-token lifetime, seconds. */
  tokenTTL?: number;
  /** Requests per second per (caller, account); 0 disables. */
  rateLimit?: number;
  webhookRetryBaseMs?: number;
};

export type RunningEmulator = {
  url: string;
  port: number;
  /** False when a persistent database already had data and was left as it was. */
  seeded: boolean;
  close(): Promise<void>;
};

const loopbackHost = "127.0.0.1";
const admin = adminRouter();

export async function startEmulator(options: EmulatorOptions = {}): Promise<RunningEmulator> {
  const config: RuntimeConfig = {
    ...defaultConfig,
    ...(options.tokenTTL !== undefined && { tokenTTL: options.tokenTTL }),
    ...(options.rateLimit !== undefined && { rateLimit: options.rateLimit }),
    ...(options.webhookRetryBaseMs !== undefined && {
      webhookRetryBaseMs: options.webhookRetryBaseMs,
    }),
  };
  const seed = options.seed ?? "demo";
  const randomSeed = options.randomSeed ?? defaultRandomSeed;
  const store = Store.open(options.db ?? ":memory:");
  // A persistent demo keeps its state across restarts: only an empty store is seeded.
  const seeded = store.isEmpty();
  if (seeded) applySeed(store, seed, randomSeed);

  const services: Services = {
    store,
    config,
    journal: new Journal(config.journalSize),
    faults: new Faults(),
    rateLimiter: new RateLimiter(config.rateLimit),
    webhooks: new WebhookDispatcher(store, config),
    defaultSeed: { name: seed, randomSeed },
  };

  const server = createServer((req, res) => {
    void handle(services, req, res);
  });
  server.keepAliveTimeout = 5000;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, loopbackHost, () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  let closing: Promise<void> | undefined;
  return {
    url: `http://${loopbackHost}:${port}`,
    port,
    seeded,
    close() {
      closing ??= new Promise<void>((resolve) => {
        services.webhooks.stop();
        server.close(() => {
          store.close();
          resolve();
        });
        server.closeAllConnections();
      });
      return closing;
    },
  };
}

async function handle(
  services: Services,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const requestID = newUUID();
  res.setHeader("x-request-id", requestID);
  let url: URL;
  try {
    url = new URL(req.url ?? "/", `http://${loopbackHost}`);
  } catch {
    sendReply(res, { status: 400, body: errorBody("malformed request URL") });
    return;
  }
  const ctx: RequestContext = { req, res, url, params: {}, requestID, services };
  try {
    if (url.pathname === "/_emulator" || url.pathname.startsWith("/_emulator/")) {
      await handleAdmin(ctx);
    } else {
      await handleApiRequest(ctx);
    }
  } catch (error) {
    sendReply(res, toReply(error));
  }
}

/** Admin calls skip faults, rate limits and the journal: they drive the emulator, not Moov. */
async function handleAdmin(ctx: RequestContext): Promise<void> {
  const match = admin.match(ctx.req.method ?? "GET", ctx.url.pathname);
  if (match.kind === "not-found") {
    sendReply(ctx.res, { status: 404, body: errorBody("no such admin endpoint") });
    return;
  }
  if (match.kind === "method-not-allowed") {
    sendReply(ctx.res, {
      status: 405,
      body: errorBody("method not allowed"),
      headers: { allow: match.allowed.join(", ") },
    });
    return;
  }
  try {
    sendReply(ctx.res, await match.handler({ ...ctx, params: match.params }));
  } catch (error) {
    sendReply(ctx.res, toReply(error));
  }
}
