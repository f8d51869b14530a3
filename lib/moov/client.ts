import "server-only";
import { Moov } from "@moovio/sdk";
import { HTTPClient } from "@moovio/sdk/lib/http.js";
import { env } from "@/lib/env";
import { processWide } from "@/lib/process-wide";
import { createPacer, pacingKey } from "./pacer";
import { type RetryEvent, resilientFetch } from "./resilient-fetch";

/**
 * The only way the app builds a Moov SDK instance.
 *
 * The SDK stamps its own X-Moov-Version (v2026.07.00) and overwrites per-call
 * headers, so the version we are built against is pinned in a beforeRequest
 * hook. Bearer tokens go in the same hook because the SDK's security option
 * only knows Basic auth. Retries, the per-call time budget and the one token
 * renewal after a 401 live in resilient-fetch.ts: the SDK's own retries stay
 * off, since they neither cap attempts nor fit Retry-After into a budget.
 */
type Credentials =
  | {
      kind: "bearer";
      accessToken: string;
      renew?: () => Promise<string>;
      onRetry?: (event: RetryEvent) => void;
    }
  | { kind: "api-key" };

/** One pacer per process: every SDK instance's calls about an account share its budget. */
const pacer = () => processWide("moov.pacer", () => createPacer(env().MOOV_RATE_LIMIT_PER_SECOND));

async function pace(url: string, signal: AbortSignal): Promise<void> {
  const key = pacingKey(url);
  if (key) await pacer().acquire(key, signal);
}

function createHttpClient(credentials: Credentials): HTTPClient {
  const { MOOV_API_VERSION, MOOV_PUBLIC_KEY, MOOV_PRIVATE_KEY, MOOV_TIMEOUT_MS } = env();
  let authorization =
    credentials.kind === "bearer"
      ? `Bearer ${credentials.accessToken}`
      : `Basic ${Buffer.from(`${MOOV_PUBLIC_KEY}:${MOOV_PRIVATE_KEY}`).toString("base64")}`;
  const renew = credentials.kind === "bearer" ? credentials.renew : undefined;
  const fetcher = resilientFetch({
    budgetMs: MOOV_TIMEOUT_MS,
    onRetry: credentials.kind === "bearer" ? credentials.onRetry : undefined,
    pace,
    renewAuthorization: renew
      ? async () => {
          authorization = `Bearer ${await renew()}`;
          return authorization;
        }
      : undefined,
  });
  return new HTTPClient({ fetcher }).addHook("beforeRequest", (request) => {
    request.headers.set("X-Moov-Version", MOOV_API_VERSION);
    request.headers.set("Authorization", authorization);
    return request;
  });
}

function createMoov(credentials: Credentials): Moov {
  const { MOOV_API_URL, MOOV_TIMEOUT_MS } = env();
  return new Moov({
    serverURL: MOOV_API_URL,
    httpClient: createHttpClient(credentials),
    // One budget for the whole call, retries included (the signal spans them).
    timeoutMs: MOOV_TIMEOUT_MS,
  });
}

/**
 * Acts with a signed-in person's scoped access token. `renew` returns a new
 * token for the same scopes; it is asked at most once per call, after a 401.
 * `onRetry` hears of every retry this instance makes (see resilient-fetch.ts).
 */
export function moovWithToken(
  accessToken: string,
  renew?: () => Promise<string>,
  onRetry?: (event: RetryEvent) => void,
): Moov {
  return createMoov({ kind: "bearer", accessToken, renew, onRetry });
}

/** Acts as the deployment itself (API key pair): only for minting and revoking tokens. */
export function moovWithApiKey(): Moov {
  return createMoov({ kind: "api-key" });
}

/**
 * Whether Moov still accepts a token, asked as a plain GET of `path` through
 * the same headers, pacing, budget and retries as the SDK's calls. Only the
 * status is read: the SDK would validate the whole answer (an Account is a
 * deep schema of unions), which cost more CPU than the call itself on every
 * page that only needs to know the token still works.
 */
export async function statusWithToken(accessToken: string, path: string): Promise<number> {
  const { MOOV_API_URL } = env();
  const client = createHttpClient({ kind: "bearer", accessToken });
  const response = await client.request(new Request(new URL(path, MOOV_API_URL)));
  await response.body?.cancel();
  return response.status;
}
