import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { fakeMoov } from "@/lib/testing/fake-moov";
import { memorySessionStore } from "@/lib/testing/memory-session-store";
import { AccessDeniedError, NotSignedInError } from "./errors";
import type { SqliteSessionStore } from "./session/sqlite-session-store";
import type { Person } from "./users/users-file";

/**
 * actForAccount as a request meets it: the cookie's claims, the users file and
 * the session store are fakes (the store a real in-memory SQLite one); the
 * session, permission and token code is real, and so are the SDK and the
 * token requests, answered by a fake Moov at the network. So the scopes
 * asserted here are the ones Moov's token endpoint was sent.
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
vi.mock("./session/session-cookie", () => ({ decodeSessionCookie: async () => fakes.claims }));
vi.mock("./users/users", () => ({ personByEmail: (email: string) => fakes.people.get(email) }));
vi.mock("./session/session-store", () => ({
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

const { actForAccount } = await import("./agent");
const { startSession } = await import("./session/lifecycle");
const { closeTicket } = await import("@/lib/moov/tickets");

const partnerID = "5b0f8c6e-2d1a-4c3e-9f7a-000000000001";
const merchantID = "5b0f8c6e-2d1a-4c3e-9f7a-000000000002";
const strangerID = "5b0f8c6e-2d1a-4c3e-9f7a-000000000003";
const cedarID = "5b0f8c6e-2d1a-4c3e-9f7a-000000000004";
const lumenID = "5b0f8c6e-2d1a-4c3e-9f7a-000000000005";
const ticketID = "0f6d1a52-3b7e-4c1d-9a2b-5e8f7c6d4b01";

const pat: Person = {
  email: "pat@partner.example",
  name: "Pat",
  actsFor: { partner: partnerID, connected: [merchantID] },
};
const ana: Person = {
  email: "ana@cedar.example",
  name: "Ana",
  actsFor: { accounts: [cedarID, lumenID] },
};

let moov: ReturnType<typeof fakeMoov>;

/** Signs `person` in on `home`, then forgets what sign-in sent Moov. */
async function signIn(person: Person, home: string) {
  fakes.people.set(person.email, person);
  const record = await startSession(person, home);
  fakes.claims = { sid: record.id, email: person.email };
  moov.requests.splice(0);
}

/** Closes the ticket as the person acting for `accountID`; resolves to the PATCH Moov got. */
async function closeAs(accountID: string) {
  const { moov: sdk } = await actForAccount(accountID);
  await closeTicket(sdk, accountID, ticketID);
  const patches = moov.apiRequests().filter((request) => request.method === "PATCH");
  expect(patches).toHaveLength(1);
  return patches[0];
}

beforeEach(() => {
  fakes.claims = null;
  fakes.people = new Map();
  fakes.store = memorySessionStore();
  moov = fakeMoov();
  vi.stubGlobal("fetch", moov.fetch);
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("actForAccount", () => {
  it("closes a connected account's ticket with a token of the partner's tickets scopes and that account's profile", async () => {
    await signIn(pat, partnerID);

    const patch = await closeAs(merchantID);

    expect(patch?.path).toBe(
      "/accounts/5b0f8c6e-2d1a-4c3e-9f7a-000000000002/tickets/0f6d1a52-3b7e-4c1d-9a2b-5e8f7c6d4b01",
    );
    expect(moov.scopeOf(patch?.authorization)).toBe(
      "/accounts/5b0f8c6e-2d1a-4c3e-9f7a-000000000001/tickets.read /accounts/5b0f8c6e-2d1a-4c3e-9f7a-000000000001/tickets.write /accounts/5b0f8c6e-2d1a-4c3e-9f7a-000000000002/profile.read",
    );
  });

  it("closes a partner's own ticket with a token of the partner's tickets and profile", async () => {
    await signIn(pat, partnerID);

    const patch = await closeAs(partnerID);

    expect(moov.scopeOf(patch?.authorization)).toBe(
      "/accounts/5b0f8c6e-2d1a-4c3e-9f7a-000000000001/tickets.read /accounts/5b0f8c6e-2d1a-4c3e-9f7a-000000000001/tickets.write /accounts/5b0f8c6e-2d1a-4c3e-9f7a-000000000001/profile.read",
    );
  });

  it("closes an account agent's ticket with a token of that account's tickets and profile only", async () => {
    await signIn(ana, cedarID);

    const patch = await closeAs(lumenID);

    expect(patch?.path).toBe(
      "/accounts/5b0f8c6e-2d1a-4c3e-9f7a-000000000005/tickets/0f6d1a52-3b7e-4c1d-9a2b-5e8f7c6d4b01",
    );
    expect(moov.scopeOf(patch?.authorization)).toBe(
      "/accounts/5b0f8c6e-2d1a-4c3e-9f7a-000000000005/tickets.read /accounts/5b0f8c6e-2d1a-4c3e-9f7a-000000000005/tickets.write /accounts/5b0f8c6e-2d1a-4c3e-9f7a-000000000005/profile.read",
    );
  });

  it("refuses an account the person does not act for before asking Moov anything", async () => {
    await signIn(pat, partnerID);
    await expect(actForAccount(strangerID)).rejects.toBeInstanceOf(AccessDeniedError);

    await signIn(ana, cedarID);
    await expect(actForAccount(partnerID)).rejects.toBeInstanceOf(AccessDeniedError);

    expect(moov.requests).toEqual([]);
  });

  it("refuses without a session, and with a cookie naming another person's session", async () => {
    await expect(actForAccount(cedarID)).rejects.toBeInstanceOf(NotSignedInError);

    await signIn(ana, cedarID);
    fakes.claims = { sid: fakes.claims?.sid ?? "", email: "pat@partner.example" };
    await expect(actForAccount(cedarID)).rejects.toBeInstanceOf(NotSignedInError);

    expect(moov.requests).toEqual([]);
  });
});
