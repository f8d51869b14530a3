import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { SqliteSessionStore } from "@/lib/auth/session/sqlite-session-store";
import type { Person } from "@/lib/auth/users/users-file";
import { openSqlite } from "@/lib/storage/sqlite-database";
import { fakeMoov } from "@/lib/testing/fake-moov";
import { memorySessionStore } from "@/lib/testing/memory-session-store";
import { SqliteViewStore } from "../sqlite-view-store";
import type { SavedView, ViewQueue } from "../view";

/**
 * GET /api/views below the browser: the cookie's claims, the users file and
 * the session store (a real in-memory SQLite one) are fakes, Moov (which a
 * sign-in asks for a token) is faked at the network; the views are in
 * the real SQLite store, in a file of its own per test (the app's store is one
 * per process, so a fresh one here is what gives each test its own data).
 */
const fakes = vi.hoisted(() => ({
  claims: null as { sid: string; email: string } | null,
  people: new Map<string, Person>(),
  store: undefined as SqliteSessionStore | undefined,
  views: undefined as SqliteViewStore | undefined,
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
vi.mock("@/lib/views/server/view-store", () => ({
  viewStore: () => {
    if (!fakes.views) throw new Error("no view store");
    return fakes.views;
  },
}));
vi.mock("@/lib/audit/audit-log", () => ({ audit: vi.fn() }));
vi.mock("@/lib/env", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/lib/env")>();
  const { fakeMoovEnv } = await import("@/lib/testing/fake-moov");
  const parsed = actual.parseEnv(fakeMoovEnv);
  return { ...actual, env: () => parsed };
});

const { handleListViews } = await import("./views-route");
const { startSession } = await import("@/lib/auth/session/lifecycle");

const cedarID = "5b0f8c6e-2d1a-4c3e-9f7a-000000000004";
const ana: Person = { email: "ana@cedar.example", name: "Ana", actsFor: { accounts: [cedarID] } };
const bo: Person = { email: "bo@cedar.example", name: "Bo", actsFor: { accounts: [cedarID] } };
const closed: ViewQueue = { kind: "account", accountID: cedarID, filters: { status: "closed" } };

const folder = mkdtempSync(path.join(tmpdir(), "views-route-"));
let files = 0;

async function signIn(person: Person) {
  fakes.people.set(person.email, person);
  const record = await startSession(person, cedarID);
  fakes.claims = { sid: record.id, email: person.email };
}

async function get() {
  const response = await handleListViews();
  return {
    status: response.status,
    cacheControl: response.headers.get("cache-control"),
    // The route's JSON, narrowed only as far as these tests read it.
    body: (await response.json()) as { views?: SavedView[]; code?: string; message?: string },
  };
}

beforeEach(() => {
  fakes.claims = null;
  fakes.people = new Map();
  fakes.store = memorySessionStore();
  fakes.views = new SqliteViewStore(openSqlite(path.join(folder, `views-${++files}.sqlite`)));
  vi.stubGlobal("fetch", fakeMoov().fetch);
});

afterEach(() => {
  vi.unstubAllGlobals();
});

afterAll(() => {
  rmSync(folder, { recursive: true, force: true });
});

describe("GET /api/views", () => {
  it("answers 401 without a session, naming no one's views", async () => {
    await fakes.views?.create(ana.email, { name: "Ana's", queue: closed }, 50);

    const { status, body } = await get();

    expect(status).toBe(401);
    expect(body).toEqual({
      code: "unauthorized",
      message: "Your session has ended. Sign in again to continue.",
    });
  });

  it("answers only the signed-in person's views, oldest first, never cached", async () => {
    const zeta = await fakes.views?.create(ana.email, { name: "Zeta", queue: closed }, 50);
    await fakes.views?.create(bo.email, { name: "Bo's", queue: closed }, 50);
    const alpha = await fakes.views?.create(ana.email, { name: "Alpha", queue: closed }, 50);
    const mid = await fakes.views?.create(ana.email, { name: "Mid", queue: closed }, 50);
    await signIn(ana);

    const { status, cacheControl, body } = await get();

    expect(status).toBe(200);
    expect(cacheControl).toBe("no-store");
    expect(body.views?.map((view) => view.name)).toEqual(["Zeta", "Alpha", "Mid"]);
    expect(body.views?.[0]).toEqual({
      id: zeta?.id,
      name: "Zeta",
      queue: {
        kind: "account",
        accountID: "5b0f8c6e-2d1a-4c3e-9f7a-000000000004",
        filters: { status: "closed" },
      },
    });
    expect(body.views?.map((view) => view.id)).toEqual([zeta?.id, alpha?.id, mid?.id]);
  });

  it("answers an empty list to a person with no views", async () => {
    await fakes.views?.create(ana.email, { name: "Ana's", queue: closed }, 50);
    await signIn(bo);

    expect(await get()).toEqual({ status: 200, cacheControl: "no-store", body: { views: [] } });
  });
});
