import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { RunningEmulator } from "../src/server.js";
import { resolveVersion } from "../src/versions.js";
import {
  adminJSON,
  basicHeader,
  basicMoov,
  bluebirdID,
  expectMoovError,
  expectRequestID,
  freezeClock,
  harborID,
  startTestEmulator,
} from "./helpers.js";

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startTestEmulator();
});
afterAll(() => emulator.close());

const auth = { authorization: basicHeader(harborID.keys) };
const ticketsURL = () => `${emulator.url}/accounts/${harborID.accountID}/tickets`;

type Entry = { requestID: string; version?: string; requestedVersion?: string; status: number };

async function servedVersion(
  header: string | undefined,
): Promise<{ status: number; entry?: Entry }> {
  const response = await fetch(`${emulator.url}/ping`, {
    headers: header === undefined ? {} : { "x-moov-version": header },
  });
  const requestID = response.headers.get("x-request-id");
  const journal = await adminJSON<Entry[]>(emulator.url, "/_emulator/journal?limit=5");
  return { status: response.status, entry: journal.find((entry) => entry.requestID === requestID) };
}

describe("X-Moov-Version", () => {
  it("omitted → v2024.01.00", async () => {
    const { status, entry } = await servedVersion(undefined);
    expect(status).toBe(200);
    expect(entry?.version).toBe("v2024.01.00");
  });

  it("a known version is served as is", async () => {
    expect((await servedVersion("v2026.04.00")).entry?.version).toBe("v2026.04.00");
  });

  it("a well-formed unknown version → the newest known one not newer than it", async () => {
    const { entry } = await servedVersion("v2025.06.15");
    expect(entry?.version).toBe("v2025.04.00");
    expect(entry?.requestedVersion).toBe("v2025.06.15");
    expect(resolveVersion("v2099.01.00")).toEqual({ ok: true, version: "v2026.07.00" });
  });

  it("malformed → 404", async () => {
    const { status, entry } = await servedVersion("2022");
    expect(status).toBe(404);
    expect(entry?.version).toBeUndefined();
    expect(resolveVersion("v2024.1.0").ok).toBe(false);
  });

  it("the SDK pins v2026.04.00 through its HTTP client hook", async () => {
    const { headers } = await basicMoov(emulator.url, harborID.keys).support.listTickets({
      accountID: harborID.accountID,
      count: 1,
    });
    expect(headers["x-moov-version"]).toEqual(["v2026.04.00"]);
  });
});

describe("x-request-id", () => {
  it("is on every response: success, errors, unknown paths and admin calls", async () => {
    const responses = await Promise.all([
      fetch(`${emulator.url}/ping`),
      fetch(ticketsURL()),
      fetch(`${emulator.url}/nope`),
      fetch(`${emulator.url}/_emulator/seed-info`),
      fetch(`${emulator.url}/_emulator/nope`),
      fetch(`${emulator.url}/ping`, { headers: { "x-moov-version": "bad" } }),
    ]);
    expect(responses.map((response) => response.status)).toEqual([200, 401, 404, 200, 404, 404]);
    for (const response of responses) expectRequestID(response);
    const ids = new Set(responses.map((response) => response.headers.get("x-request-id")));
    expect(ids.size).toBe(responses.length);
  });
});

describe("request bodies", () => {
  it("413 for a body over 1 MiB", async () => {
    const body = JSON.stringify({
      title: "big",
      body: "x".repeat(1024 * 1024 + 10),
      contact: { email: "a@b.example" },
    });
    const response = await fetch(ticketsURL(), {
      method: "POST",
      headers: { ...auth, "content-type": "application/json" },
      body,
    });
    expect(response.status).toBe(413);
    expectRequestID(response);
  });

  it("400 {error} for malformed JSON", async () => {
    const response = await fetch(ticketsURL(), {
      method: "POST",
      headers: { ...auth, "content-type": "application/json" },
      body: '{"title": "oops",',
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: expect.any(String) });
  });

  it("422 for count above 1000, and 1000 itself is fine", async () => {
    const over = await fetch(`${ticketsURL()}?count=1001`, { headers: auth });
    expect(over.status).toBe(422);
    expect(await over.json()).toEqual({ count: expect.stringContaining("1000") });
    const max = await fetch(`${ticketsURL()}?count=1000`, { headers: auth });
    expect(max.status).toBe(200);
  });

  it("422 for an invalid cursor or status filter", async () => {
    expect((await fetch(`${ticketsURL()}?cursor=garbage`, { headers: auth })).status).toBe(422);
    expect((await fetch(`${ticketsURL()}?status=open`, { headers: auth })).status).toBe(422);
  });
});

describe("rate limit", () => {
  const setRate = (rateLimit: number) =>
    adminJSON(emulator.url, "/_emulator/config", {
      method: "PUT",
      body: JSON.stringify({ rateLimit }),
    });
  const listHarbor = (accountID = harborID.accountID) =>
    basicMoov(emulator.url, harborID.keys).support.listTickets({ accountID, count: 1 });
  const fulfilled = async (calls: number, accountID?: string) =>
    (await Promise.allSettled(Array.from({ length: calls }, () => listHarbor(accountID)))).filter(
      (result) => result.status === "fulfilled",
    ).length;

  beforeEach(async () => {
    await setRate(5);
  });
  afterEach(async () => {
    vi.useRealTimers();
    await setRate(0);
  });

  // The clock stands still in each test, so no call is helped by the budget refilling meanwhile.
  it("allows a burst of 5, answers 429 with Retry-After, and refills within a second", async () => {
    const clock = freezeClock();
    expect(await fulfilled(8)).toBe(5);
    const limited = await expectMoovError(listHarbor(), 429);
    expect(limited.headers.get("retry-after")).toBe("1");
    clock.advance(1000);
    expect(await fulfilled(6)).toBe(5);
  });

  it("keeps a budget per (caller, account) and never limits admin calls", async () => {
    freezeClock();
    expect(await fulfilled(6)).toBe(5);
    expect(await fulfilled(6, bluebirdID.accountID)).toBe(5);
    for (let i = 0; i < 10; i++) await adminJSON(emulator.url, "/_emulator/faults");
  });
});
