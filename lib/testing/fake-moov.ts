/**
 * A stand-in for Moov at the network, for unit tests that run the real SDK
 * client (lib/moov/client.ts): install `fetch` in place of the global one. It
 * mints tokens, closes tickets, and records every request it was sent, so a
 * test can say exactly what left the app and with which token's scopes.
 */
export type SentRequest = {
  method: string;
  path: string;
  authorization: string | null;
  moovVersion: string | null;
  body: string;
};

export type MintedToken = { accessToken: string; scope: string };

/** Everything lib/env.ts requires, for tests that parse it with the real schema. */
export const fakeMoovEnv = {
  MOOV_API_URL: "http://127.0.0.1:4010",
  MOOV_PUBLIC_KEY: "public-key",
  MOOV_PRIVATE_KEY: "private-key",
  MOOV_PLATFORM_ACCOUNT_ID: "5b0f8c6e-2d1a-4c3e-9f7a-000000000099",
  NEXTAUTH_SECRET: "a-secret-of-at-least-thirty-two-characters",
  USERS_FILE: "users.json",
  SESSION_ENCRYPTION_KEY: Buffer.alloc(32, 7).toString("base64"),
  // The list cache and anything else kept in the embedded database stay in memory.
  DATA_DB_PATH: ":memory:",
};

const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json", ...headers },
  });

export function fakeMoov() {
  const requests: SentRequest[] = [];
  const tokens: MintedToken[] = [];
  /** Moov's answer to closing one ticket other than success (a 409, a 422 …), by ticket ID. */
  const closeAnswers = new Map<string, { status: number; body: unknown }>();
  /** Each ticket's thread, by ticket ID, for `GET …/tickets/{id}/messages` (absent: 404). */
  const threads = new Map<string, Array<{ author: string; body: string; sentOn: string }>>();

  function mint(body: string): Response {
    const grant = JSON.parse(body) as { scope?: string };
    const token = { accessToken: `access-${tokens.length + 1}`, scope: grant.scope ?? "" };
    tokens.push(token);
    return json({
      token_type: "Bearer",
      access_token: token.accessToken,
      refresh_token: `refresh-${tokens.length}`,
      expires_in: 3_600,
      scope: token.scope,
    });
  }

  function closed(ticketID: string): Response {
    return json(
      {
        ticketID,
        number: 1042,
        title: "Payout delayed",
        contact: { email: "ops@bluebird.example", name: "Bluebird ops" },
        status: "closed",
        createdOn: "2026-03-02T09:00:00Z",
        updatedOn: "2026-03-05T12:00:00Z",
        closedOn: "2026-03-05T12:00:00Z",
      },
      200,
      { "x-request-id": "req-close-1" },
    );
  }

  /** Any account exists, named after its ID: enough for the app to list whom a person acts for. */
  function account(accountID: string): Response {
    return json({
      accountID,
      mode: "sandbox",
      accountType: "business",
      displayName: `Account ${accountID.slice(-4)}`,
      profile: { business: { legalBusinessName: "Business", ownersProvided: true } },
      verification: { verificationStatus: "verified", status: "verified" },
      createdOn: "2026-01-01T00:00:00Z",
      updatedOn: "2026-01-01T00:00:00Z",
    });
  }

  const fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    const path = new URL(request.url).pathname;
    const body = await request.text();
    requests.push({
      method: request.method,
      path,
      authorization: request.headers.get("authorization"),
      moovVersion: request.headers.get("x-moov-version"),
      body,
    });
    if (request.method === "POST" && path === "/oauth2/token") return mint(body);
    const ticket = /^\/accounts\/[^/]+\/tickets\/([^/]+)$/.exec(path);
    const answer = ticket?.[1] ? closeAnswers.get(ticket[1]) : undefined;
    if (request.method === "PATCH" && answer) {
      return json(answer.body, answer.status, { "x-request-id": `req-${answer.status}` });
    }
    if (request.method === "PATCH" && ticket?.[1]) return closed(ticket[1]);
    if (request.method === "GET") {
      const thread = /^\/accounts\/[^/]+\/tickets\/([^/]+)\/messages$/.exec(path)?.[1];
      const messages = thread ? threads.get(thread) : undefined;
      if (messages) return json(messages, 200, { "x-request-id": `req-messages-${thread}` });
      const accountID = /^\/accounts\/([^/]+)$/.exec(path)?.[1];
      if (accountID) return account(accountID);
    }
    return json({ error: "not found" }, 404);
  };

  return {
    fetch,
    requests,
    tokens,
    closeAnswers,
    threads,
    /** Requests to Moov's API itself, leaving out the token endpoint. */
    apiRequests: () => requests.filter((request) => request.path !== "/oauth2/token"),
    /** The scope the bearer token of an Authorization header was minted with. */
    scopeOf: (authorization: string | null | undefined) =>
      tokens.find((token) => `Bearer ${token.accessToken}` === authorization)?.scope,
  };
}
