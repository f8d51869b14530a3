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
import type { ViewStore } from "../store";

/**
 * The view actions below the browser: only what a request brings (the
 * cookie's claims), the users file, the session store (a real in-memory SQLite
 * one) and Moov (faked at the network, for the names of the accounts a person
 * acts for) are replaced. The views are kept by the real SQLite store in a
 * file of its own per test: the app's store is one per process, so a fresh one
 * here is what gives each test its own data.
 */
const fakes = vi.hoisted(() => ({
  claims: null as { sid: string; email: string } | null,
  people: new Map<string, Person>(),
  store: undefined as SqliteSessionStore | undefined,
  views: undefined as ViewStore | undefined,
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

const { saveView } = await import("./save-view");
const { renameView } = await import("./rename-view");
const { deleteView } = await import("./delete-view");
const { startSession } = await import("@/lib/auth/session/lifecycle");

const cedarID = "5b0f8c6e-2d1a-4c3e-9f7a-000000000004";
const lumenID = "5b0f8c6e-2d1a-4c3e-9f7a-000000000005";
const forgedID = "5b0f8c6e-2d1a-4c3e-9f7a-000000000003";
const unknownViewID = "AAAAAAAAAAAAAAAAAAAAAA";

const ana: Person = {
  email: "ana@cedar.example",
  name: "Ana",
  actsFor: { accounts: [cedarID, lumenID] },
};
const lou: Person = { email: "lou@lumen.example", name: "Lou", actsFor: { accounts: [lumenID] } };

const cedarClosed = {
  name: "Cedar closed",
  queue: { kind: "account", accountID: cedarID },
  search: "?status=closed&foreignID=order-7",
} as const;

const signedOut = {
  ok: false,
  code: "unauthorized",
  message: "Your session has ended. Sign in again to continue.",
};
const forbidden = {
  ok: false,
  code: "forbidden",
  message: "You do not have access to this account's tickets.",
};
const notFound = {
  ok: false,
  code: "not_found",
  message: "This view no longer exists. It may have been deleted.",
};

const folder = mkdtempSync(path.join(tmpdir(), "view-actions-"));
let files = 0;

async function signIn(person: Person) {
  fakes.people.set(person.email, person);
  const record = await startSession(person, lumenID);
  fakes.claims = { sid: record.id, email: person.email };
}

/** A view saved by `person` through the action, and its ID. */
async function savedBy(person: Person, name: string): Promise<string> {
  await signIn(person);
  const result = await saveView({
    ...cedarClosed,
    queue: { kind: "account", accountID: lumenID },
    name,
  });
  if (!result.ok) throw new Error(`could not save ${name}: ${result.message}`);
  return result.view.id;
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

describe("saveView (server action)", () => {
  it("refuses a call without a session and keeps nothing", async () => {
    expect(await saveView(cedarClosed)).toEqual(signedOut);
    expect(await fakes.views?.list(ana.email)).toEqual([]);
  });

  it("answers a call without a session as signed out before reading its input", async () => {
    expect(await saveView({ ...cedarClosed, name: "", extra: true })).toEqual(signedOut);
  });

  it("saves an account's filters and sort under the name, for the signed-in person only", async () => {
    await signIn(ana);

    const result = await saveView({
      name: "  Cedar closed  ",
      queue: { kind: "account", accountID: cedarID },
      search: "?status=closed&foreignID=order-7&sort=waiting",
    });

    expect(result).toEqual({
      ok: true,
      view: {
        id: expect.stringMatching(/^[A-Za-z0-9_-]{22}$/),
        name: "Cedar closed",
        queue: {
          kind: "account",
          accountID: cedarID,
          filters: { status: "closed", foreignID: "order-7", sort: "waiting" },
        },
      },
    });
    const kept = await fakes.views?.list(ana.email);
    expect(kept).toEqual([result.ok && result.view]);
    expect(await fakes.views?.list(lou.email)).toEqual([]);
  });

  it("saves a view of all accounts naming only accounts the person acts for", async () => {
    await signIn(ana);

    const result = await saveView({
      name: "Both shops",
      queue: { kind: "all-accounts" },
      search: `?status=all&account=${cedarID}&account=${lumenID}`,
    });

    expect(result).toMatchObject({
      ok: true,
      view: {
        name: "Both shops",
        queue: {
          kind: "all-accounts",
          filters: { status: "all", sort: "newest", accounts: [cedarID, lumenID] },
        },
      },
    });
  });

  it("refuses an account the person does not act for, and keeps nothing", async () => {
    await signIn(lou);

    expect(await saveView(cedarClosed)).toEqual(forbidden);
    expect(await fakes.views?.list(lou.email)).toEqual([]);
  });

  it("refuses a view of all accounts that names one the person does not act for", async () => {
    await signIn(lou);

    const result = await saveView({
      name: "Sneaky",
      queue: { kind: "all-accounts" },
      search: `?account=${lumenID}&account=${forgedID}`,
    });

    expect(result).toEqual(forbidden);
    expect(await fakes.views?.list(lou.email)).toEqual([]);
  });

  it.each([
    ["an empty name", { ...cedarClosed, name: "" }, { name: "Enter a name." }],
    ["a name of spaces", { ...cedarClosed, name: "   " }, { name: "Enter a name." }],
    [
      "a name of 61 characters",
      { ...cedarClosed, name: "x".repeat(61) },
      { name: "Use at most 60 characters." },
    ],
    ["an unknown field", { ...cedarClosed, owner: lou.email }, { "": expect.any(String) }],
    [
      "an unknown field in the queue",
      { ...cedarClosed, queue: { kind: "account", accountID: cedarID, owner: lou.email } },
      { queue: expect.any(String) },
    ],
    [
      "an account ID that is not one",
      { ...cedarClosed, queue: { kind: "account", accountID: "../x" } },
      { "queue.accountID": expect.any(String) },
    ],
  ])("refuses %s as invalid and keeps nothing", async (_, input, fieldErrors) => {
    await signIn(ana);

    expect(await saveView(input)).toEqual({
      ok: false,
      code: "invalid",
      message: "Some fields need attention.",
      fieldErrors,
    });
    expect(await fakes.views?.list(ana.email)).toEqual([]);
  });

  it("keeps a name of exactly 60 characters", async () => {
    await signIn(ana);

    const result = await saveView({ ...cedarClosed, name: "x".repeat(60) });

    expect(result).toMatchObject({ ok: true, view: { name: "x".repeat(60) } });
  });

  it("refuses the 51st view of a person, while another person may still save", async () => {
    await signIn(ana);
    for (let index = 1; index <= 50; index++) {
      const saved = await saveView({ ...cedarClosed, name: `View ${index}` });
      expect(saved.ok).toBe(true);
    }

    expect(await saveView({ ...cedarClosed, name: "View 51" })).toEqual({
      ok: false,
      code: "conflict",
      message: "You have 50 views, the most one person may keep. Delete one first.",
    });
    expect(await fakes.views?.list(ana.email)).toHaveLength(50);

    await signIn(lou);
    const lous = await saveView({
      ...cedarClosed,
      queue: { kind: "account", accountID: lumenID },
      name: "Lou's first",
    });
    expect(lous).toMatchObject({ ok: true, view: { name: "Lou's first" } });
  });
});

describe("renameView (server action)", () => {
  it("refuses a call without a session and leaves the name", async () => {
    const id = await savedBy(ana, "Old name");
    fakes.claims = null;

    expect(await renameView({ id, name: "New name" })).toEqual(signedOut);
    expect((await fakes.views?.get(id))?.view.name).toBe("Old name");
  });

  it("renames the person's own view, trimmed, and keeps its queue", async () => {
    const id = await savedBy(ana, "Old name");

    const result = await renameView({ id, name: " New name " });

    const renamed = {
      id,
      name: "New name",
      queue: {
        kind: "account",
        accountID: lumenID,
        filters: { status: "closed", foreignID: "order-7" },
      },
    };
    expect(result).toEqual({ ok: true, view: renamed });
    expect(await fakes.views?.list(ana.email)).toEqual([renamed]);
  });

  it("answers another person's view as not found and leaves its name", async () => {
    const id = await savedBy(ana, "Ana's view");
    await signIn(lou);

    expect(await renameView({ id, name: "Taken over" })).toEqual(notFound);
    expect((await fakes.views?.get(id))?.view.name).toBe("Ana's view");
  });

  it("answers a view ID nobody has as not found", async () => {
    await signIn(ana);

    expect(await renameView({ id: unknownViewID, name: "Anything" })).toEqual(notFound);
  });

  it.each([
    ["an empty name", { name: "" }, { name: "Enter a name." }],
    ["a name of 61 characters", { name: "y".repeat(61) }, { name: "Use at most 60 characters." }],
    ["an unknown field", { name: "Fine", owner: "lou@lumen.example" }, { "": expect.any(String) }],
    ["an ID that is not a view's", { name: "Fine", id: "../1" }, { id: expect.any(String) }],
  ])("refuses %s as invalid and leaves the name", async (_, change, fieldErrors) => {
    const id = await savedBy(ana, "Old name");

    expect(await renameView({ id, ...change })).toEqual({
      ok: false,
      code: "invalid",
      message: "Some fields need attention.",
      fieldErrors,
    });
    expect((await fakes.views?.get(id))?.view.name).toBe("Old name");
  });
});

describe("deleteView (server action)", () => {
  it("refuses a call without a session and keeps the view", async () => {
    const id = await savedBy(ana, "Keep me");
    fakes.claims = null;

    expect(await deleteView({ id })).toEqual(signedOut);
    expect((await fakes.views?.get(id))?.view.name).toBe("Keep me");
  });

  it("deletes the person's own view and nothing else", async () => {
    const gone = await savedBy(ana, "Delete me");
    const kept = await savedBy(ana, "Keep me");

    expect(await deleteView({ id: gone })).toEqual({ ok: true });
    expect(await fakes.views?.get(gone)).toBeUndefined();
    expect((await fakes.views?.list(ana.email))?.map((view) => view.name)).toEqual(["Keep me"]);
    expect((await fakes.views?.get(kept))?.owner).toBe("ana@cedar.example");
  });

  it("answers another person's view as not found and keeps it", async () => {
    const id = await savedBy(ana, "Ana's view");
    await signIn(lou);

    expect(await deleteView({ id })).toEqual(notFound);
    expect(await fakes.views?.get(id)).toMatchObject({
      owner: "ana@cedar.example",
      view: { name: "Ana's view" },
    });
  });

  it("answers a view deleted already as not found", async () => {
    const id = await savedBy(ana, "Twice");
    expect(await deleteView({ id })).toEqual({ ok: true });

    expect(await deleteView({ id })).toEqual(notFound);
  });

  it.each([
    ["an ID that is not a view's", { id: "../1" }, { id: expect.any(String) }],
    [
      "an unknown field",
      { id: unknownViewID, owner: "ana@cedar.example" },
      { "": expect.any(String) },
    ],
  ])("refuses %s as invalid", async (_, input, fieldErrors) => {
    await signIn(ana);

    expect(await deleteView(input)).toEqual({
      ok: false,
      code: "invalid",
      message: "Some fields need attention.",
      fieldErrors,
    });
  });
});
