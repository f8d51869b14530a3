import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openSqlite } from "@/lib/storage/sqlite-database";
import {
  redisLimiters,
  type SignInThrottle,
  signInLimits,
  signInThrottleWith,
  sqliteLimiters,
  throttleTableName,
} from "./throttle";

const window = signInLimits.email.duration;

async function sqliteThrottle(file = ":memory:"): Promise<SignInThrottle> {
  return signInThrottleWith(await sqliteLimiters(openSqlite(file)));
}

/** Runs `count` attempts one after another and returns each verdict's `throttled`. */
async function attempts(
  throttle: SignInThrottle,
  count: number,
  attempt: (i: number) => { email: string; address: string },
): Promise<boolean[]> {
  const throttled: boolean[] = [];
  for (let i = 0; i < count; i++) throttled.push((await throttle.attempt(attempt(i))).throttled);
  return throttled;
}

const firstThrottled = (verdicts: boolean[]) => verdicts.indexOf(true) + 1;

/** The behaviour every store must show; `make` gives a fresh, empty throttle. */
function throttleBehaviour(make: () => Promise<SignInThrottle>) {
  it(`throttles one email's attempt number ${signInLimits.email.points + 1}, from any address, and says for how long`, async () => {
    const throttle = await make();
    const verdicts = await attempts(throttle, signInLimits.email.points, (i) => ({
      email: "ada@example.com",
      address: `198.51.100.${i}`,
    }));
    expect(verdicts.every((throttled) => !throttled)).toBe(true);
    const verdict = await throttle.attempt({ email: "ada@example.com", address: "192.0.2.200" });
    expect(verdict).toEqual({ throttled: true, retryAfterSeconds: expect.any(Number) });
    if (!verdict.throttled) return;
    expect(verdict.retryAfterSeconds).toBeGreaterThan(window - 10);
    expect(verdict.retryAfterSeconds).toBeLessThanOrEqual(window);
  });

  it("throttles one address however the email rotates, before a 15th attempt", async () => {
    const throttle = await make();
    const verdicts = await attempts(throttle, 15, (i) => ({
      email: `guess-${i}@example.com`,
      address: "203.0.113.9",
    }));
    expect(firstThrottled(verdicts)).toBe(signInLimits.address.points + 1);
    expect(firstThrottled(verdicts)).toBeLessThanOrEqual(15);
  });

  it("counts guesses sent in parallel, each of them", async () => {
    const throttle = await make();
    const verdicts = await Promise.all(
      Array.from({ length: 20 }, () =>
        throttle.attempt({ email: "grace@example.com", address: "203.0.113.10" }),
      ),
    );
    const allowed = verdicts.filter((verdict) => !verdict.throttled);
    expect(allowed).toHaveLength(signInLimits.email.points);
  });

  it("treats every address of one IPv6 /64 as one", async () => {
    const throttle = await make();
    const verdicts = await attempts(throttle, signInLimits.address.points + 1, (i) => ({
      email: `v6-${i}@example.com`,
      address: `2001:db8:aa:bb::${(i + 1).toString(16)}`,
    }));
    expect(firstThrottled(verdicts)).toBe(signInLimits.address.points + 1);
  });

  it("lets the email start afresh and gives the address its attempt back after a success", async () => {
    const throttle = await make();
    const attempt = { email: "linus@example.com", address: "203.0.113.11" };
    await attempts(throttle, signInLimits.email.points - 1, () => attempt);
    await throttle.attempt(attempt);
    await throttle.succeeded(attempt);
    const email = await attempts(throttle, signInLimits.email.points, () => attempt);
    expect(email.some(Boolean)).toBe(false);
    // The address has had 10 attempts, one of them given back: one more fits, the next does not.
    const address = await attempts(throttle, 2, (i) => ({
      email: `other-${i}@example.com`,
      address: attempt.address,
    }));
    expect(address).toEqual([false, true]);
  });
}

describe("sign-in throttle on SQLite", () => {
  throttleBehaviour(() => sqliteThrottle());

  it("shares its counts between processes that use the same database file", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "sign-in-throttle-"));
    try {
      const file = path.join(dir, "data.sqlite");
      const [first, second] = await Promise.all([sqliteThrottle(file), sqliteThrottle(file)]);
      const attempt = { email: "ken@example.com", address: "203.0.113.12" };
      await attempts(first, signInLimits.email.points, () => attempt);
      expect((await second.attempt(attempt)).throttled).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("keeps its counts in the table a test or an operator can clear", async () => {
    const db = openSqlite(":memory:");
    const throttle = signInThrottleWith(await sqliteLimiters(db));
    await throttle.attempt({ email: "barbara@example.com", address: "203.0.113.13" });
    const rows = db.prepare(`SELECT key FROM ${throttleTableName} ORDER BY key`).all();
    expect(rows).toEqual([
      { key: "sign-in-address:203.0.113.13" },
      { key: "sign-in-email:barbara@example.com" },
    ]);
  });
});

const redisServer = "/usr/bin/redis-server";
const redisTitle = existsSync(redisServer)
  ? "sign-in throttle on Redis"
  : `sign-in throttle on Redis (skipped: ${redisServer} is not installed)`;

describe.skipIf(!existsSync(redisServer))(redisTitle, () => {
  let server: ChildProcess | undefined;
  let client: Redis;

  beforeAll(async () => {
    const port = await freePort();
    server = spawn(redisServer, ["--port", String(port), "--save", "", "--appendonly", "no"], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    await new Promise<void>((resolve, reject) => {
      server?.once("error", reject);
      server?.stdout?.on("data", (chunk: Buffer) => {
        if (chunk.toString().includes("Ready to accept connections")) resolve();
      });
    });
    client = new Redis({ port, host: "127.0.0.1", maxRetriesPerRequest: 1 });
    await new Promise<void>((resolve) => client.once("ready", () => resolve()));
  });

  afterAll(async () => {
    await client?.quit();
    server?.kill();
  });

  throttleBehaviour(async () => {
    await client.flushdb();
    return signInThrottleWith(redisLimiters(client));
  });

  it("counts in Redis itself, not in the in-memory fallback", async () => {
    await client.flushdb();
    await signInThrottleWith(redisLimiters(client)).attempt({
      email: "barbara@example.com",
      address: "203.0.113.13",
    });
    expect((await client.keys("sign-in-*")).sort()).toEqual([
      "sign-in-address:203.0.113.13",
      "sign-in-email:barbara@example.com",
    ]);
  });
});

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const address = probe.address();
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  if (!address || typeof address === "string") throw new Error("no port");
  return address.port;
}
