import { createHash } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { Faults, faultInputSchema, globMatches } from "../src/faults.js";
import type { RunningEmulator } from "../src/server.js";
import {
  adminJSON,
  basicHeader,
  basicMoov,
  expectMoovError,
  harborID,
  startTestEmulator,
} from "./helpers.js";

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startTestEmulator();
});
afterAll(() => emulator.close());
beforeEach(async () => {
  await fetch(`${emulator.url}/_emulator/faults`, { method: "DELETE" });
  await fetch(`${emulator.url}/_emulator/journal`, { method: "DELETE" });
});

type Fault = { faultID: string; hits: number; remaining?: number };

const addFault = (rule: Record<string, unknown>) =>
  adminJSON<Fault>(emulator.url, "/_emulator/faults", {
    method: "POST",
    body: JSON.stringify(rule),
  });
const auth = { authorization: basicHeader(harborID.keys) };
const ticketsURL = () => `${emulator.url}/accounts/${harborID.accountID}/tickets`;

describe("fault rules", () => {
  it("limited to one bearer token, hit only the requests made with it", () => {
    const faults = new Faults();
    faults.add(
      faultInputSchema.parse({ path: "/accounts/*/tickets", status: 429, bearerToken: "mine" }),
    );
    expect(faults.pick("GET", "/accounts/a/tickets", "Bearer theirs")).toBeUndefined();
    expect(faults.pick("GET", "/accounts/a/tickets")).toBeUndefined();
    expect(faults.pick("GET", "/accounts/a/tickets", "Bearer mine")?.status).toBe(429);
  });

  it("limited to a query, hit only the requests that carry it", () => {
    const faults = new Faults();
    faults.add(
      faultInputSchema.parse({ path: "/accounts/*/tickets", status: 503, query: { cursor: "*" } }),
    );
    faults.add(
      faultInputSchema.parse({
        path: "/accounts/*/tickets",
        status: 429,
        query: { status: "new" },
      }),
    );
    const pick = (search: string) =>
      faults.pick("GET", "/accounts/a/tickets", undefined, new URLSearchParams(search))?.status;
    expect(pick("count=1000")).toBeUndefined();
    expect(pick("count=1000&cursor=dGsxOjk5")).toBe(503);
    expect(pick("status=closed")).toBeUndefined();
    expect(pick("status=new")).toBe(429);
    expect(faults.pick("GET", "/accounts/a/tickets")).toBeUndefined();
  });

  it("match paths with * (one segment) and ** (any)", () => {
    expect(globMatches("/accounts/*/tickets", "/accounts/a/tickets")).toBe(true);
    expect(globMatches("/accounts/*/tickets", "/accounts/a/tickets/t")).toBe(false);
    expect(globMatches("/accounts/**", "/accounts/a/tickets/t/messages")).toBe(true);
    expect(globMatches("/**/messages", "/accounts/a/tickets/t/messages")).toBe(true);
    expect(globMatches("/accounts/*/tick*", "/accounts/a/tickets")).toBe(true);
  });

  it("answer a chosen status, body and headers for N requests, then stop", async () => {
    const fault = await addFault({
      method: "GET",
      path: "/accounts/*/tickets",
      status: 503,
      body: { error: "maintenance" },
      headers: { "retry-after": "7" },
      times: 2,
    });
    for (let i = 0; i < 2; i++) {
      const response = await fetch(ticketsURL(), { headers: auth });
      expect(response.status).toBe(503);
      expect(response.headers.get("retry-after")).toBe("7");
      expect(response.headers.get("x-request-id")).toBeTruthy();
      expect(await response.json()).toEqual({ error: "maintenance" });
    }
    expect((await fetch(ticketsURL(), { headers: auth })).status).toBe(200);
    const rules = await adminJSON<Fault[]>(emulator.url, "/_emulator/faults");
    expect(rules.find((rule) => rule.faultID === fault.faultID)).toBeUndefined();
  });

  it("can hand the SDK a 422 body it parses into a typed error", async () => {
    await addFault({
      method: "POST",
      path: "/accounts/*/tickets",
      status: 422,
      body: { title: "too spicy" },
    });
    const error = await expectMoovError(
      basicMoov(emulator.url, harborID.keys).support.createTicket({
        accountID: harborID.accountID,
        createTicket: { title: "t", body: "b", contact: { email: "a@b.example" } },
      }),
      422,
    );
    expect(error.message).toContain("too spicy");
  });

  it("delay a request, then let it through", async () => {
    await addFault({ path: "/accounts/*/tickets", delayMs: 150 });
    const started = performance.now();
    const response = await fetch(ticketsURL(), { headers: auth });
    expect(response.status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
  });

  it("fire with a probability", async () => {
    await addFault({ path: "/ping", status: 500, probability: 0 });
    expect((await fetch(`${emulator.url}/ping`)).status).toBe(200);
    await fetch(`${emulator.url}/_emulator/faults`, { method: "DELETE" });
    await addFault({ path: "/ping", status: 500, probability: 1 });
    expect((await fetch(`${emulator.url}/ping`)).status).toBe(500);
  });

  it("drop the connection", async () => {
    await addFault({ path: "/ping", drop: true, times: 1 });
    await expect(fetch(`${emulator.url}/ping`)).rejects.toThrow();
    expect((await fetch(`${emulator.url}/ping`)).status).toBe(200);
    const journal = await adminJSON<Array<{ status: number; faultID?: string }>>(
      emulator.url,
      "/_emulator/journal",
    );
    expect(journal[0]?.status).toBe(0);
    expect(journal[0]?.faultID).toBeTruthy();
  });

  it("act on the request and then drop its answer (dropAnswer)", async () => {
    const sdk = basicMoov(emulator.url, harborID.keys);
    const created = await sdk.support.createTicket({
      accountID: harborID.accountID,
      createTicket: { title: "Answer lost", body: "…", contact: { email: "lost@example.com" } },
    });
    const path = `/accounts/${harborID.accountID}/tickets/${created.result.ticketID}`;
    await addFault({ method: "PATCH", path, dropAnswer: true, times: 1 });
    const close = () =>
      fetch(`${emulator.url}${path}`, {
        method: "PATCH",
        headers: { ...auth, "x-moov-version": "v2026.04.00", "content-type": "application/json" },
        body: JSON.stringify({ status: "closed" }),
      });
    await expect(close()).rejects.toThrow();
    // It did happen: the ticket is closed, and closing it again is a 409.
    const ticket = await sdk.support.getTicket({
      accountID: harborID.accountID,
      ticketID: created.result.ticketID,
    });
    expect(ticket.result.status).toBe("closed");
    expect((await close()).status).toBe(409);
    const journal = await adminJSON<
      Array<{ method: string; status: number; faultID?: string; answerDropped?: boolean }>
    >(emulator.url, "/_emulator/journal");
    const patches = journal.filter((entry) => entry.method === "PATCH");
    expect(patches[0]).toMatchObject({ status: 200, answerDropped: true });
    expect(patches[0]?.faultID).toBeTruthy();
    expect(patches[1]).toMatchObject({ status: 409 });
    expect(patches[1]?.answerDropped).toBeUndefined();
  });

  it("refuse dropAnswer together with drop or a status", async () => {
    for (const rule of [
      { path: "/ping", dropAnswer: true, drop: true },
      { path: "/ping", dropAnswer: true, status: 500 },
    ]) {
      const response = await fetch(`${emulator.url}/_emulator/faults`, {
        method: "POST",
        body: JSON.stringify(rule),
      });
      expect(response.status).toBe(422);
    }
  });

  it("never touch admin paths", async () => {
    await addFault({ path: "/**", status: 500 });
    expect((await fetch(`${emulator.url}/_emulator/seed-info`)).status).toBe(200);
    expect((await fetch(`${emulator.url}/ping`)).status).toBe(500);
  });

  it("list, delete one and clear", async () => {
    const a = await addFault({ path: "/a", status: 500 });
    await addFault({ path: "/b", status: 500 });
    expect(await adminJSON<Fault[]>(emulator.url, "/_emulator/faults")).toHaveLength(2);
    expect(
      (await fetch(`${emulator.url}/_emulator/faults/${a.faultID}`, { method: "DELETE" })).status,
    ).toBe(204);
    expect(await adminJSON<Fault[]>(emulator.url, "/_emulator/faults")).toHaveLength(1);
    await fetch(`${emulator.url}/_emulator/faults`, { method: "DELETE" });
    expect(await adminJSON<Fault[]>(emulator.url, "/_emulator/faults")).toHaveLength(0);
  });

  it("reject a rule that does nothing (422)", async () => {
    const response = await fetch(`${emulator.url}/_emulator/faults`, {
      method: "POST",
      body: JSON.stringify({ path: "/ping" }),
    });
    expect(response.status).toBe(422);
  });
});

describe("request journal", () => {
  it("records method, path, status, version, auth scheme and request id, never a secret", async () => {
    const token = (
      await basicMoov(emulator.url, harborID.keys).authentication.createAccessToken({
        grantType: "client_credentials",
        scope: `/accounts/${harborID.accountID}/tickets.read`,
      })
    ).result.accessToken;
    const response = await fetch(`${ticketsURL()}?count=2&status=new`, {
      headers: { authorization: `Bearer ${token}`, "x-moov-version": "v2026.04.00" },
    });
    await fetch(`${emulator.url}/_emulator/seed-info`);
    const journal = await adminJSON<Array<Record<string, unknown>>>(
      emulator.url,
      "/_emulator/journal",
    );
    expect(journal).toHaveLength(2);
    const [mint, list] = journal;
    expect(mint).toMatchObject({
      method: "POST",
      path: "/oauth2/token",
      status: 200,
      authScheme: "basic",
    });
    expect(list).toMatchObject({
      method: "GET",
      path: `/accounts/${harborID.accountID}/tickets`,
      query: { count: "2", status: "new" },
      status: 200,
      version: "v2026.04.00",
      requestedVersion: "v2026.04.00",
      authScheme: "bearer",
      tokenScopes: [`/accounts/${harborID.accountID}/tickets.read`],
      // Names the token (its SHA-256's first 16 hex digits), so one session's calls can be told apart.
      tokenID: createHash("sha256").update(token).digest("hex").slice(0, 16),
      accountID: harborID.accountID,
      clientID: "pk_harbor_demo",
      requestID: response.headers.get("x-request-id"),
    });
    const text = JSON.stringify(journal);
    expect(text).not.toContain(token);
    expect(text).not.toContain(harborID.keys.password);
  });

  it("supports limit and since", async () => {
    for (let i = 0; i < 3; i++) await fetch(`${emulator.url}/ping`);
    const last = await adminJSON<Array<{ at: string }>>(emulator.url, "/_emulator/journal?limit=1");
    expect(last).toHaveLength(1);
    const all = await adminJSON<Array<{ at: string }>>(emulator.url, "/_emulator/journal");
    const since = all[0]?.at ?? "";
    const after = await adminJSON<unknown[]>(
      emulator.url,
      `/_emulator/journal?since=${encodeURIComponent(since)}`,
    );
    expect(after.length).toBeLessThan(3);
  });
});
