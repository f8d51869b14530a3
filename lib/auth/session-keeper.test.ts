import { beforeEach, describe, expect, it, vi } from "vitest";
import { AccessDeniedError, SessionEndedError } from "./errors";
import type { SessionClaims } from "./session-claims";
import type { StoredToken } from "./token";
import type { Person } from "./users-file";

const moov = vi.hoisted(() => ({
  mintToken: vi.fn(),
  refreshToken: vi.fn(),
  connectedAccounts: vi.fn(),
}));

vi.mock("./moov-tokens", async () => {
  class TokenRefusedError extends Error {}
  class TokenUnavailableError extends Error {}
  return { ...moov, TokenRefusedError, TokenUnavailableError, revokeTokens: vi.fn() };
});
vi.mock("./directory", () => ({
  connectedAccounts: moov.connectedAccounts,
  recheckAfterMissMs: 1_000,
}));

const { TokenRefusedError, TokenUnavailableError } = await import("./moov-tokens");
const { keepAccountToken, relationFor, startSession } = await import("./session-keeper");

const partner = "5b0f8c6e-2d1a-4c3e-9f7a-000000000001";
const bluebird = "5b0f8c6e-2d1a-4c3e-9f7a-000000000002";
const orchard = "5b0f8c6e-2d1a-4c3e-9f7a-000000000006";
const person: Person = {
  email: "partner@harbor.example",
  name: "Hana",
  actsFor: { partner, connected: "*" },
};

const now = () => Math.floor(Date.now() / 1000);
const token = (name: string, expiresIn: number, lifetime = 3_600): StoredToken => ({
  a: `at-${name}`,
  r: `rt-${name}`,
  e: now() + expiresIn,
  o: now() + expiresIn - lifetime,
  s: "scope",
});

function claimsWith(toks: SessionClaims["toks"]): SessionClaims {
  return {
    email: person.email,
    name: person.name,
    kind: "partner",
    acct: partner,
    toks,
    dir: token("dir", 3_000),
    auth: now(),
    seen: now(),
  };
}

beforeEach(() => {
  vi.resetAllMocks();
});

describe("keepAccountToken", () => {
  it("mints a token with the minimal scopes the first time an account is worked", async () => {
    moov.mintToken.mockResolvedValue(token("new", 3_600));
    const kept = await keepAccountToken(claimsWith([]), person, bluebird, "connected", "persist");
    expect(moov.mintToken).toHaveBeenCalledWith([
      `/accounts/${partner}/tickets.read`,
      `/accounts/${partner}/tickets.write`,
      `/accounts/${bluebird}/profile.read`,
    ]);
    expect(kept).toMatchObject({ changed: true, token: { a: "at-new" } });
    expect(kept.claims.acct).toBe(bluebird);
  });

  it("uses a token that is not due as it is", async () => {
    const claims = claimsWith([{ id: partner, t: token("ok", 3_000) }]);
    const kept = await keepAccountToken(claims, person, partner, "own", "persist");
    expect(kept).toMatchObject({ changed: false, token: { a: "at-ok" } });
    expect(moov.refreshToken).not.toHaveBeenCalled();
  });

  it("refreshes a token close to expiry where the result can be saved", async () => {
    moov.refreshToken.mockResolvedValue(token("refreshed", 3_600));
    const claims = claimsWith([{ id: partner, t: token("due", 30) }]);
    const kept = await keepAccountToken(claims, person, partner, "own", "persist");
    expect(moov.refreshToken).toHaveBeenCalledWith(expect.objectContaining({ r: "rt-due" }));
    expect(kept.claims.toks).toEqual([
      { id: partner, t: expect.objectContaining({ a: "at-refreshed" }) },
    ]);
  });

  it("leaves the refresh token alone where nothing can be saved", async () => {
    const claims = claimsWith([{ id: partner, t: token("due", 30) }]);
    const kept = await keepAccountToken(claims, person, partner, "own", "memory");
    expect(kept.token.a).toBe("at-due");
    expect(moov.refreshToken).not.toHaveBeenCalled();

    moov.mintToken.mockResolvedValue(token("request-only", 3_600));
    const expired = claimsWith([{ id: partner, t: token("gone", -1) }]);
    const replaced = await keepAccountToken(expired, person, partner, "own", "memory");
    expect(replaced.token.a).toBe("at-request-only");
    expect(moov.refreshToken).not.toHaveBeenCalled();
  });

  it("ends the session when Moov refuses the refresh", async () => {
    moov.refreshToken.mockRejectedValue(new TokenRefusedError("422"));
    const claims = claimsWith([{ id: partner, t: token("due", 30) }]);
    const attempt = keepAccountToken(claims, person, partner, "own", "persist");
    await expect(attempt).rejects.toBeInstanceOf(SessionEndedError);
    await expect(attempt).rejects.toMatchObject({ reason: "refresh-failed" });
  });

  it("keeps a still-valid token when Moov is unreachable", async () => {
    moov.refreshToken.mockRejectedValue(new TokenUnavailableError("down"));
    const claims = claimsWith([{ id: partner, t: token("due", 30) }]);
    const kept = await keepAccountToken(claims, person, partner, "own", "persist");
    expect(kept).toMatchObject({ changed: false, token: { a: "at-due" } });
  });

  it("denies an account Moov will not mint for", async () => {
    moov.mintToken.mockRejectedValue(new TokenRefusedError("422"));
    await expect(
      keepAccountToken(claimsWith([]), person, bluebird, "connected", "persist"),
    ).rejects.toBeInstanceOf(AccessDeniedError);
  });
});

describe("relationFor", () => {
  it("checks a * partner's sub-account against the connected list, never minting for it", async () => {
    moov.connectedAccounts.mockResolvedValue([{ accountID: bluebird, displayName: "Bluebird" }]);
    const claims = claimsWith([]);
    expect((await relationFor(claims, person, bluebird, "persist")).relation).toBe("connected");
    expect((await relationFor(claims, person, orchard, "persist")).relation).toBeNull();
    expect((await relationFor(claims, person, partner, "persist")).relation).toBe("own");
    expect(moov.mintToken).not.toHaveBeenCalled();
  });

  it("reads the connected list again before refusing, in case it just changed", async () => {
    moov.connectedAccounts
      .mockResolvedValueOnce([])
      .mockResolvedValueOnce([{ accountID: bluebird, displayName: "Bluebird" }]);
    expect((await relationFor(claimsWith([]), person, bluebird, "persist")).relation).toBe(
      "connected",
    );
    expect(moov.connectedAccounts).toHaveBeenLastCalledWith(partner, "at-dir", 1_000);
  });
});

describe("startSession", () => {
  it("mints the home account's token and the directory token, nothing more", async () => {
    moov.mintToken.mockImplementation(async (scopes: string[]) => token(scopes.join(","), 3_600));
    const claims = await startSession(person, partner);
    expect(moov.mintToken).toHaveBeenCalledTimes(2);
    expect(claims.toks.map((entry) => entry.id)).toEqual([partner]);
    expect(claims.dir?.a).toBe(`at-/accounts.read,/accounts/${partner}/profile.read`);
    expect(claims).toMatchObject({ kind: "partner", acct: partner, email: person.email });
  });
});
