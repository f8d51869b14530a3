import { describe, expect, it } from "vitest";
import { type Fetcher, type RetryEvent, resilientFetch } from "./resilient-fetch";
import { backoffMs, callKind, maxAttempts, retryAfterMs } from "./retry-policy";

const url = "http://moov.test/accounts/a/tickets/t";

/** A fake Moov answering from a script, one entry per attempt. */
function scripted(
  answers: Array<number | "drop" | { status: number; headers: Record<string, string> }>,
) {
  const seen: Request[] = [];
  const fetch: Fetcher = async (input, init) => {
    const request = new Request(input, init);
    seen.push(request);
    const answer = answers[Math.min(seen.length - 1, answers.length - 1)] ?? 200;
    if (answer === "drop") throw new TypeError("fetch failed");
    const { status, headers } =
      typeof answer === "number" ? { status: answer, headers: {} } : answer;
    return new Response(status === 200 ? "{}" : null, { status, headers });
  };
  return { fetch, seen };
}

function make(
  answers: Parameters<typeof scripted>[0],
  options: { budgetMs?: number; renew?: () => Promise<string> } = {},
) {
  const { fetch, seen } = scripted(answers);
  const retries: RetryEvent[] = [];
  const fetcher = resilientFetch({
    budgetMs: options.budgetMs ?? 5_000,
    renewAuthorization: options.renew,
    fetch,
    random: () => 0,
    onRetry: (event) => retries.push(event),
  });
  return { fetcher, seen, retries };
}

/** A Moov that never answers: only the signal it is given can end the wait. */
const hanging: Fetcher = (_input, init) =>
  new Promise((_resolve, reject) => {
    init?.signal?.addEventListener("abort", () => reject(init.signal?.reason), { once: true });
  });

const get = () => new Request(url, { headers: { authorization: "Bearer old" } });
const patch = () => new Request(url, { method: "PATCH", body: '{"status":"closed"}' });
const post = () =>
  new Request("http://moov.test/accounts/a/tickets", { method: "POST", body: "{}" });

describe("resilientFetch", () => {
  it("retries a read on 503 with back-off and returns the success", async () => {
    const { fetcher, seen, retries } = make([503, 503, 200]);
    expect((await fetcher(get())).status).toBe(200);
    expect(seen).toHaveLength(3);
    expect(retries.map((r) => r.waitMs)).toEqual([backoffMs(1, 0), backoffMs(2, 0)]);
  });

  it("stops after the last attempt and hands back Moov's answer", async () => {
    const { fetcher, seen } = make([500, 502, 504, 200]);
    expect((await fetcher(get())).status).toBe(504);
    expect(seen).toHaveLength(maxAttempts);
  });

  it("retries a close (PATCH) on 5xx and on a dropped connection, resending the body", async () => {
    const { fetcher, seen } = make(["drop", 502, 200]);
    expect((await fetcher(patch())).status).toBe(200);
    expect(await Promise.all(seen.map((r) => r.text()))).toEqual(
      Array(3).fill('{"status":"closed"}'),
    );
  });

  it("never retries a create (POST) after Moov may have acted on it", async () => {
    const dropped = make(["drop", 200]);
    await expect(dropped.fetcher(post())).rejects.toThrow("fetch failed");
    expect(dropped.seen).toHaveLength(1);
    const failed = make([503, 200]);
    expect((await failed.fetcher(post())).status).toBe(503);
    expect(failed.seen).toHaveLength(1);
  });

  it("does not retry what retrying cannot fix", async () => {
    for (const status of [400, 403, 404, 409, 422]) {
      const { fetcher, seen } = make([status, 200]);
      expect((await fetcher(get())).status).toBe(status);
      expect(seen).toHaveLength(1);
    }
  });

  it("honours Retry-After on 429 when it fits the budget, for creates too", async () => {
    const { fetcher, seen, retries } = make([
      { status: 429, headers: { "retry-after": "1" } },
      200,
    ]);
    expect((await fetcher(post())).status).toBe(200);
    expect(seen).toHaveLength(2);
    expect(retries[0]).toMatchObject({ status: 429, waitMs: 1_000 });
  });

  it("gives the 429 back at once when Retry-After does not fit the budget", async () => {
    const { fetcher, seen } = make([{ status: 429, headers: { "retry-after": "9" } }, 200], {
      budgetMs: 3_000,
    });
    const started = Date.now();
    const response = await fetcher(get());
    expect(response.status).toBe(429);
    expect(response.headers.get("retry-after")).toBe("9");
    expect(seen).toHaveLength(1);
    expect(Date.now() - started).toBeLessThan(500);
  });

  it("renews the token once after a 401 and retries with it", async () => {
    let renewals = 0;
    const { fetcher, seen } = make([401, 200], {
      renew: async () => {
        renewals++;
        return "Bearer new";
      },
    });
    expect((await fetcher(get())).status).toBe(200);
    expect(renewals).toBe(1);
    expect(seen.map((r) => r.headers.get("authorization"))).toEqual(["Bearer old", "Bearer new"]);
  });

  it("a second 401 goes back to the caller; so does a 401 nobody can renew", async () => {
    let renewals = 0;
    const twice = make([401, 401, 200], {
      renew: async () => {
        renewals++;
        return "Bearer new";
      },
    });
    expect((await twice.fetcher(get())).status).toBe(401);
    expect(renewals).toBe(1);
    const refused = make([401, 200], { renew: () => Promise.reject(new Error("refused")) });
    expect((await refused.fetcher(get())).status).toBe(401);
    expect(refused.seen).toHaveLength(1);
  });

  it("stops waiting when the call's time budget runs out", async () => {
    const { fetcher } = make([503, 200]);
    const request = new Request(url, { signal: AbortSignal.timeout(50) });
    // The first back-off (100 ms at random 0) outlasts the 50 ms signal.
    await expect(fetcher(request)).rejects.toMatchObject({ name: "TimeoutError" });
  });
});

describe("retry policy", () => {
  it("keeps its own deadline: a Moov that never answers is given up on when the budget ends", async () => {
    // The incoming request carries no signal at all, so only the fetcher's own deadline can end
    // the wait (Node 20 drops a cloned Request's signal after a GC, nodejs/undici#4068).
    const fetcher = resilientFetch({ budgetMs: 80, fetch: hanging, random: () => 0 });
    const started = Date.now();
    await expect(fetcher(patch())).rejects.toMatchObject({ name: "TimeoutError" });
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it("stops at once when the caller aborts", async () => {
    const fetcher = resilientFetch({ budgetMs: 60_000, fetch: hanging });
    const caller = new AbortController();
    const pending = fetcher(new Request(url, { signal: caller.signal }));
    caller.abort(new Error("the page went away"));
    await expect(pending).rejects.toThrow("the page went away");
  });

  it("waits for its turn under the rate limit before each attempt, and never sends one aborted meanwhile", async () => {
    const sent: string[] = [];
    const turns: string[] = [];
    let release = () => {};
    const fetcher = resilientFetch({
      budgetMs: 60_000,
      fetch: async (input) => {
        sent.push(String(input));
        return new Response("{}", { status: 200 });
      },
      pace: (requestURL) => {
        turns.push(requestURL);
        return new Promise<void>((resolve) => {
          release = resolve;
        });
      },
    });
    const first = fetcher(get());
    await Promise.resolve();
    expect(turns).toEqual([url]);
    expect(sent).toEqual([]);
    release();
    expect((await first).status).toBe(200);
    expect(sent).toEqual([url]);

    const caller = new AbortController();
    const second = fetcher(new Request(url, { signal: caller.signal }));
    await Promise.resolve();
    caller.abort(new Error("the page went away"));
    release();
    await expect(second).rejects.toThrow("the page went away");
    expect(sent).toEqual([url]);
  });

  it("sorts calls by what a retry may do", () => {
    expect(callKind("GET", url)).toBe("read");
    expect(callKind("PATCH", url)).toBe("idempotent-write");
    expect(callKind("POST", "http://moov.test/oauth2/token")).toBe("idempotent-write");
    expect(callKind("POST", url)).toBe("write");
  });

  it("reads Retry-After as seconds or an HTTP date", () => {
    const now = Date.parse("2026-11-27T10:00:00Z");
    expect(retryAfterMs("3", now)).toBe(3_000);
    expect(retryAfterMs("Fri, 27 Nov 2026 10:00:05 GMT", now)).toBe(5_000);
    expect(retryAfterMs("soon", now)).toBeUndefined();
    expect(retryAfterMs(null, now)).toBeUndefined();
  });

  it("backs off exponentially with jitter, capped", () => {
    expect(backoffMs(1, 0)).toBe(100);
    expect(backoffMs(1, 1)).toBe(200);
    expect(backoffMs(2, 0)).toBe(200);
    expect(backoffMs(10, 1)).toBe(2_000);
  });
});
