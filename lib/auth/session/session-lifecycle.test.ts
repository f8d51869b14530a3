import { beforeEach, describe, expect, it, vi } from "vitest";
import { memorySessionStore } from "@/lib/testing/memory-session-store";
import { SessionEndedError } from "../errors";
import type { StoredToken } from "../moov-access/token";
import type { Person } from "../users/users-file";
import type { SqliteSessionStore } from "./sqlite-session-store";

/**
 * The session lifecycle against a real (in-memory) SQLite store, with Moov's
 * token endpoint and the users file replaced by fakes.
 */
const fakes = vi.hoisted(() => ({
  mintToken: vi.fn(),
  refreshToken: vi.fn(),
  revokeTokens: vi.fn(),
  people: new Map<string, Person>(),
  store: undefined as SqliteSessionStore | undefined,
  audit: vi.fn(),
}));

vi.mock("../moov-access/moov-tokens", () => {
  class TokenRefusedError extends Error {}
  class TokenUnavailableError extends Error {}
  return {
    mintToken: fakes.mintToken,
    refreshToken: fakes.refreshToken,
    revokeTokens: fakes.revokeTokens,
    TokenRefusedError,
    TokenUnavailableError,
  };
});
vi.mock("../users/users", () => ({ personByEmail: (email: string) => fakes.people.get(email) }));
vi.mock("./session-store", () => ({
  sessionStore: () => {
    if (!fakes.store) throw new Error("no store");
    return fakes.store;
  },
}));
vi.mock("@/lib/audit/audit-log", () => ({ audit: fakes.audit }));
vi.mock("@/lib/env", () => ({
  env: () => ({ SESSION_MAX_AGE: 3_600, SESSION_IDLE_TIMEOUT: 600 }),
}));

const { TokenRefusedError, TokenUnavailableError } = await import("../moov-access/moov-tokens");
const { endSession, endSessionsOf, loadSession, startSession } = await import("./lifecycle");
const { keepToken, renewAcrossInstances } = await import("./session-tokens");

const home = "5b0f8c6e-2d1a-4c3e-9f7a-000000000010";
const ana: Person = { email: "ana@example.com", name: "Ana", actsFor: { accounts: [home] } };
const nowS = () => Math.floor(Date.now() / 1000);
let minted = 0;
const token = (expiresIn = 3_600, lifetime = expiresIn): StoredToken => {
  minted += 1;
  const e = nowS() + expiresIn;
  return { a: `access-${minted}`, r: `refresh-${minted}`, e, o: e - lifetime, s: "" };
};

beforeEach(() => {
  vi.useRealTimers();
  vi.clearAllMocks();
  fakes.people = new Map([[ana.email, ana]]);
  fakes.store = memorySessionStore();
  fakes.mintToken.mockImplementation(async () => token());
});

async function live(id: string) {
  const loaded = await loadSession(id);
  if (!loaded || loaded instanceof SessionEndedError)
    throw new Error(`not live: ${String(loaded)}`);
  return loaded;
}

describe("a session's life", () => {
  it("starts with the home account's token and the directory token, and loads", async () => {
    const record = await startSession(ana, home);
    expect(fakes.mintToken).toHaveBeenCalledTimes(2);
    const session = await live(record.id);
    expect(session.record.toks.map((entry) => entry.id)).toEqual([home]);
    expect(session.record.dir).toBeDefined();
    expect(await loadSession(undefined)).toBeNull();
    expect(await loadSession("no-such-session")).toEqual(new SessionEndedError("expired"));
  });

  it("ends once on sign-out: tokens revoked, every later load says why", async () => {
    const record = await startSession(ana, home);
    await endSession(record.id, "signed-out");
    await endSession(record.id, "signed-out");
    expect(fakes.revokeTokens).toHaveBeenCalledTimes(1);
    expect(fakes.revokeTokens.mock.calls[0]?.[0]).toHaveLength(2);
    expect(fakes.audit).toHaveBeenCalledWith(
      expect.objectContaining({ action: "session.sign-out", actor: ana.email }),
    );
    const loaded = await loadSession(record.id);
    expect(loaded).toBeInstanceOf(SessionEndedError);
    expect((loaded as SessionEndedError).reason).toBe("signed-out");
    expect((await fakes.store?.get(record.id))?.toks).toEqual([]);
  });

  it("ends a session left idle, one past its maximum age, and one whose person left or changed", async () => {
    vi.useFakeTimers({ now: new Date("2026-11-29T10:00:00Z"), toFake: ["Date"] });
    const idle = await startSession(ana, home);
    const old = await startSession(ana, home);
    vi.setSystemTime(new Date("2026-11-29T10:09:00Z"));
    await live(old.id);
    vi.setSystemTime(new Date("2026-11-29T10:10:01Z"));
    expect(await loadSession(idle.id)).toEqual(new SessionEndedError("idle"));
    vi.setSystemTime(new Date("2026-11-29T11:00:00Z"));
    expect(await loadSession(old.id)).toEqual(new SessionEndedError("expired"));

    const removed = await startSession(ana, home);
    fakes.people.delete(ana.email);
    expect(await loadSession(removed.id)).toEqual(new SessionEndedError("removed"));

    fakes.people.set(ana.email, ana);
    const changed = await startSession(ana, home);
    fakes.people.set(ana.email, {
      ...ana,
      actsFor: { accounts: [home, "5b0f8c6e-2d1a-4c3e-9f7a-000000000011"] },
    });
    expect(await loadSession(changed.id)).toEqual(new SessionEndedError("changed"));
  });

  it("ends every session of one person at once (users:revoke)", async () => {
    const first = await startSession(ana, home);
    const second = await startSession(ana, home);
    expect(await endSessionsOf("ANA@example.com ", "ended-by-admin")).toBe(2);
    expect(await loadSession(first.id)).toEqual(new SessionEndedError("ended-by-admin"));
    expect(await loadSession(second.id)).toEqual(new SessionEndedError("ended-by-admin"));
  });
});

describe("the session's tokens", () => {
  it("refreshes a due token once across instances; the other waits and reuses it", async () => {
    const record = await startSession(ana, home);
    const [a, b] = [await live(record.id), await live(record.id)];
    const stale = a.record.toks[0]?.t;
    if (!stale) throw new Error("no token");
    const fresh = token();
    fakes.refreshToken.mockImplementation(
      () => new Promise((resolve) => setTimeout(() => resolve(fresh), 100)),
    );
    const [fromA, fromB] = await Promise.all([
      renewAcrossInstances(a, { account: home }, stale),
      renewAcrossInstances(b, { account: home }, stale),
    ]);
    expect(fakes.refreshToken).toHaveBeenCalledTimes(1);
    expect(fromA.a).toBe(fresh.a);
    expect(fromB.a).toBe(fresh.a);
    expect((await live(record.id)).record.toks[0]?.t.a).toBe(fresh.a);
  });

  it("ends the session when Moov refuses the refresh", async () => {
    const record = await startSession(ana, home);
    const session = await live(record.id);
    fakes.refreshToken.mockRejectedValue(new TokenRefusedError("no"));
    const current = session.record.toks[0]?.t.a;
    await expect(keepToken(session, { account: home }, [], current)).rejects.toEqual(
      new SessionEndedError("refresh-failed"),
    );
    expect(await loadSession(record.id)).toEqual(new SessionEndedError("refresh-failed"));
  });

  it("keeps a still-valid token when Moov cannot be reached to refresh it", async () => {
    // Half a minute left of an hour: due for a refresh, still usable.
    fakes.mintToken.mockImplementation(async () => token(30, 3_600));
    const record = await startSession(ana, home);
    const session = await live(record.id);
    fakes.refreshToken.mockRejectedValue(new TokenUnavailableError("down"));
    const kept = await keepToken(session, { account: home }, []);
    expect(kept.a).toBe(session.record.toks[0]?.t.a);
    expect(fakes.refreshToken).toHaveBeenCalledTimes(1);
  });

  it("mints a token on an account's first visit and keeps every account's token", async () => {
    const record = await startSession(ana, home);
    const session = await live(record.id);
    for (let index = 0; index < 5; index++) {
      await keepToken(session, { account: `5b0f8c6e-2d1a-4c3e-9f7a-00000000002${index}` }, [
        "scope",
      ]);
    }
    expect((await live(record.id)).record.toks).toHaveLength(6);
  });
});
