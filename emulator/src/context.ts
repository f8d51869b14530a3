import type { IncomingMessage, ServerResponse } from "node:http";
import type { Caller } from "./auth.js";
import type { RuntimeConfig } from "./config.js";
import type { Faults } from "./faults.js";
import type { Reply } from "./http.js";
import type { Journal } from "./journal.js";
import type { RateLimiter } from "./rate-limit.js";
import type { Params } from "./router.js";
import type { SeedName } from "./seed/index.js";
import type { Store } from "./store/store.js";
import type { WebhookDispatcher } from "./webhooks.js";

/** Everything a request handler may reach; one instance per running emulator. */
export type Services = {
  store: Store;
  config: RuntimeConfig;
  journal: Journal;
  faults: Faults;
  rateLimiter: RateLimiter;
  webhooks: WebhookDispatcher;
  /** The seed a bare POST /_emulator/reset restores. */
  defaultSeed: { name: SeedName; randomSeed: number };
};

export type RequestContext = {
  req: IncomingMessage;
  res: ServerResponse;
  url: URL;
  params: Params;
  requestID: string;
  services: Services;
};

/** Moov API handlers also get the authenticated caller (when the route needs one). */
export type ApiContext = RequestContext & { caller: Caller | undefined };

export type ApiRoute = {
  /** "caller": Basic or Bearer required; "none": the handler authenticates by itself (OAuth). */
  auth: "caller" | "none";
  handler: (ctx: ApiContext) => Promise<Reply> | Reply;
};

export type AdminHandler = (ctx: RequestContext) => Promise<Reply> | Reply;
