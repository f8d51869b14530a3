import "server-only";
import { Moov } from "@moovio/sdk";
import { HTTPClient } from "@moovio/sdk/lib/http.js";
import { env } from "@/lib/env";

/**
 * The only way the app builds a Moov SDK instance.
 *
 * The SDK stamps its own X-Moov-Version (v2026.07.00) and overwrites per-call
 * headers, so the version we are built against is pinned in a beforeRequest
 * hook. Bearer tokens go in the same hook because the SDK's security option
 * only knows Basic auth.
 */
type Credentials = { kind: "bearer"; accessToken: string } | { kind: "api-key" };

function createHttpClient(credentials: Credentials): HTTPClient {
  const { MOOV_API_VERSION, MOOV_PUBLIC_KEY, MOOV_PRIVATE_KEY } = env();
  const authorization =
    credentials.kind === "bearer"
      ? `Bearer ${credentials.accessToken}`
      : `Basic ${Buffer.from(`${MOOV_PUBLIC_KEY}:${MOOV_PRIVATE_KEY}`).toString("base64")}`;
  return new HTTPClient().addHook("beforeRequest", (request) => {
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
    timeoutMs: MOOV_TIMEOUT_MS,
  });
}

/** Acts with a signed-in person's scoped access token. */
export function moovWithToken(accessToken: string): Moov {
  return createMoov({ kind: "bearer", accessToken });
}

/** Acts as the deployment itself (API key pair): only for minting and revoking tokens. */
export function moovWithApiKey(): Moov {
  return createMoov({ kind: "api-key" });
}
