import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { SqliteSessionStore } from "@/lib/auth/session/sqlite-session-store";
import type { Person } from "@/lib/auth/users/users-file";
import { fakeMoov } from "@/lib/testing/fake-moov";
import { memorySessionStore } from "@/lib/testing/memory-session-store";
import { type WaitingRef, waitingURL } from "../waiting-api";

/**
 * GET /api/tickets/waiting below the browser: the cookie's claims, the users
 * file and the session store are fakes (the store a real in-memory SQLite
 * one) and Moov is faked at the network; the session, the permission, the
 * cache and the SDK calls are the app's own code.
 */
const fakes = vi.hoisted(() => ({
  claims: null as { sid: string; email: string } | null,
  people: new Map<string, Person>(),
  store: undefined as SqliteSessionStore | undefined,
}));

vi.mock("next/headers", () => ({
  cookies: async () => ({ getAll: () => [] }),
  headers: async () => new Headers(),
}));
vi.mock("@/lib/auth/session/session-cookie", () => ({
  decodeSessionCookie: async () => fakes.claims,
}));
vi.mock("@/lib/auth/users/users", () => ({
  personByEmail: (email: string) => fakes.people.get(email),
}));
vi.mock("@/lib/auth/session/session-store", () => ({
  sessionStore: () => {
    if (!fakes.store) throw new Error("no store");
    return fakes.store;
  },
}));
vi.mock("@/lib/audit/audit-log", () => ({ audit: vi.fn() }));
vi.mock("@/lib/env", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/lib/env")>();
  const { fakeMoovEnv } = await import("@/lib/testing/fake-moov");
  const parsed = actual.parseEnv(fakeMoovEnv);
  return { ...actual, env: () => parsed };
});

const { handleWaiting } = await import("./waiting-route");
const { WaitingCache } = await import("./waiting-cache");
const { startSession } = await import("@/lib/auth/session/lifecycle");

const cedarID = "5b0f8c6e-2d1a-4c3e-9f7a-000000000004";
const lumenID = "5b0f8c6e-2d1a-4c3e-9f7a-000000000005";
const cedarTicket = "0f6d1a52-3b7e-4c1d-9a2b-5e8f7c6d4b01";
const lumenTicket = "0f6d1a52-3b7e-4c1d-9a2b-5e8f7c6d4b02";
const missingTicket = "0f6d1a52-3b7e-4c1d-9a2b-5e8f7c6d4b03";
const repliedOn = "2026-05-10T09:30:00.000Z";

const ana: Person = { email: "ana@cedar.example", name: "Ana", actsFor: { accounts: [cedarID] } };
const lou: Person = { email: "lou@lumen.example", name: "Lou", actsFor: { accounts: [lumenID] } };

const thread = [
  { author: "Ada Lovelace", body: "Our payout is late.", sentOn: "2026-05-10T09:00:00.000Z" },
  { author: "Priya (Moov Support)", body: "Looking into it.", sentOn: repliedOn },
];
const priyaReplied = { firstAuthor: "Ada Lovelace", latestAuthor: "Priya (Moov Support)" };

let moov: ReturnType<typeof fakeMoov>;
let cache: InstanceType<typeof WaitingCache>;

async function signIn(person: Person, home: string) {
  fakes.people.set(person.email, person);
  const record = await startSession(person, home);
  fakes.claims = { sid: record.id, email: person.email };
  moov.requests.splice(0);
}

async function ask(refs: WaitingRef[]) {
  const response = await handleWaiting(new Request(`http://app.test${waitingURL(refs)}`), cache);
  return { status: response.status, body: await response.json() };
}

/** The thread reads Moov was sent since the last call, as "GET <path>". */
function threadReads(): string[] {
  const reads = moov
    .apiRequests()
    .filter((request) => request.path.endsWith("/messages"))
    .map((request) => `${request.method} ${request.path}`);
  moov.requests.splice(0);
  return reads;
}

const ref = (accountID: string, ticketID: string, latestMessageOn = repliedOn): WaitingRef => ({
  accountID,
  ticketID,
  latestMessageOn,
});
const key = (r: WaitingRef) => `${r.accountID}/${r.ticketID}/${r.latestMessageOn ?? ""}`;

beforeEach(() => {
  fakes.claims = null;
  fakes.people = new Map();
  fakes.store = memorySessionStore();
  moov = fakeMoov();
  moov.threads.set(cedarTicket, thread);
  moov.threads.set(lumenTicket, thread);
  cache = new WaitingCache();
  vi.stubGlobal("fetch", moov.fetch);
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("GET /api/tickets/waiting", () => {
  it("refuses a request without a session and asks Moov nothing", async () => {
    expect(await ask([ref(cedarID, cedarTicket)])).toEqual({
      status: 401,
      body: { code: "unauthorized", message: "Your session has ended. Sign in again to continue." },
    });
    expect(moov.requests).toEqual([]);
  });

  it("refuses a malformed ticket or more than 50, before anything else", async () => {
    await signIn(ana, cedarID);
    const forged = await handleWaiting(
      new Request(`http://app.test/api/tickets/waiting?ticket=${cedarID}/../x`),
      cache,
    );
    expect(forged.status).toBe(400);
    const many = Array.from({ length: 51 }, (_, n) =>
      ref(cedarID, `0f6d1a52-3b7e-4c1d-9a2b-5e8f7c6d${String(n).padStart(4, "0")}`),
    );
    expect(await ask(many)).toEqual({
      status: 400,
      body: { code: "bad_request", message: "Name at most 50 tickets." },
    });
    expect(moov.requests).toEqual([]);
  });

  it("answers who wrote the first and latest message, read from Moov once", async () => {
    await signIn(ana, cedarID);

    expect(await ask([ref(cedarID, cedarTicket)])).toEqual({
      status: 200,
      body: { items: [{ key: key(ref(cedarID, cedarTicket)), ends: priyaReplied }] },
    });
    expect(threadReads()).toEqual([`GET /accounts/${cedarID}/tickets/${cedarTicket}/messages`]);

    expect((await ask([ref(cedarID, cedarTicket)])).body.items[0].ends).toEqual(priyaReplied);
    expect(threadReads()).toEqual([]);
  });

  it("reads the thread again once a new message has moved its time", async () => {
    await signIn(ana, cedarID);
    await ask([ref(cedarID, cedarTicket)]);
    threadReads();
    const answer = { author: "Ada Lovelace", body: "Thanks!", sentOn: "2026-05-10T11:00:00.000Z" };
    moov.threads.set(cedarTicket, [...thread, answer]);

    const later = ref(cedarID, cedarTicket, answer.sentOn);
    expect((await ask([later])).body.items).toEqual([
      { key: key(later), ends: { firstAuthor: "Ada Lovelace", latestAuthor: "Ada Lovelace" } },
    ]);
    expect(threadReads()).toEqual([`GET /accounts/${cedarID}/tickets/${cedarTicket}/messages`]);
  });

  it("refuses another account's ticket before the cache, even one it holds", async () => {
    await signIn(lou, lumenID);
    await ask([ref(lumenID, lumenTicket)]);
    expect(cache.size).toBe(1);

    await signIn(ana, cedarID);
    const { status, body } = await ask([ref(lumenID, lumenTicket), ref(cedarID, cedarTicket)]);

    expect(status).toBe(200);
    expect(body.items).toEqual([
      {
        key: key(ref(lumenID, lumenTicket)),
        error: {
          status: 403,
          code: "forbidden",
          message: "You do not have access to this account's tickets.",
        },
      },
      { key: key(ref(cedarID, cedarTicket)), ends: priyaReplied },
    ]);
    expect(moov.requests.some((request) => request.path.includes(lumenID))).toBe(false);
  });

  it("answers a ticket Moov could not read with its error, keeps nothing of it, and answers the rest", async () => {
    await signIn(ana, cedarID);
    const missing = ref(cedarID, missingTicket);

    const { body } = await ask([missing, ref(cedarID, cedarTicket)]);

    expect(body.items).toEqual([
      { key: key(missing), error: expect.objectContaining({ status: 404, code: "not_found" }) },
      { key: key(ref(cedarID, cedarTicket)), ends: priyaReplied },
    ]);
    threadReads();
    await ask([missing]);
    expect(threadReads()).toEqual([`GET /accounts/${cedarID}/tickets/${missingTicket}/messages`]);
  });

  it("keeps a thread under the time Moov gave its latest message, never a time the request named", async () => {
    await signIn(ana, cedarID);
    const forged = ref(cedarID, cedarTicket, "2099-01-01T00:00:00.000Z");

    expect((await ask([forged])).body.items[0].ends).toEqual(priyaReplied);
    expect(threadReads()).toHaveLength(1);
    await ask([ref(cedarID, cedarTicket)]);
    expect(threadReads()).toEqual([]);
    await ask([forged]);
    expect(threadReads()).toHaveLength(1);
  });
});
