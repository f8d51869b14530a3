import { describe, expect, it } from "vitest";
import { type SessionClaims, sessionEnd, tokenFor, withAccountToken } from "./session-claims";
import { expiresAt, needsRefresh, type StoredToken } from "./token";

const token = (name: string, obtained = 1_000, lifetime = 3_600): StoredToken => ({
  a: `access-${name}`,
  r: `refresh-${name}`,
  e: obtained + lifetime,
  o: obtained,
  s: "scope",
});

const claims: SessionClaims = {
  email: "ana@example.com",
  name: "Ana",
  kind: "partner",
  acct: "a",
  toks: [{ id: "a", t: token("a") }],
  auth: 1_000,
  seen: 1_000,
};

describe("withAccountToken", () => {
  it("makes a newly worked account current and keeps the earlier ones", () => {
    const next = withAccountToken(claims, "b", token("b"));
    expect(next.acct).toBe("b");
    expect(next.toks.map((entry) => entry.id)).toEqual(["b", "a"]);
    expect(tokenFor(next, "a")?.a).toBe("access-a");
  });

  it("keeps only the three most recent accounts", () => {
    let current = claims;
    for (const id of ["b", "c", "d"]) current = withAccountToken(current, id, token(id));
    expect(current.toks.map((entry) => entry.id)).toEqual(["d", "c", "b"]);
    expect(tokenFor(current, "a")).toBeUndefined();
  });

  it("replaces the token of an account worked again", () => {
    const next = withAccountToken(claims, "a", token("a2"));
    expect(next.toks).toHaveLength(1);
    expect(tokenFor(next, "a")?.a).toBe("access-a2");
  });
});

describe("sessionEnd", () => {
  const limits = { maxAge: 8 * 3_600, idleTimeout: 1_800 };

  it("keeps a session in use", () => {
    expect(sessionEnd({ ...claims, seen: 2_000 }, 2_100, limits)).toBeNull();
  });

  it("ends an idle session", () => {
    expect(sessionEnd(claims, 1_000 + 1_800, limits)).toBe("idle");
  });

  it("ends a session past its lifetime even while in use", () => {
    const now = 1_000 + 8 * 3_600;
    expect(sessionEnd({ ...claims, seen: now - 1 }, now, limits)).toBe("expired");
  });
});

describe("tokens", () => {
  it("reads expires_in as a duration or as a Unix timestamp", () => {
    expect(expiresAt(3_600, 1_700_000_000)).toBe(1_700_003_600);
    expect(expiresAt(1_700_003_600, 1_700_000_000)).toBe(1_700_003_600);
  });

  it("refreshes within the last minute of an hour-long token", () => {
    const hour = token("h", 0, 3_600);
    expect(needsRefresh(hour, 3_600 - 61)).toBe(false);
    expect(needsRefresh(hour, 3_600 - 60)).toBe(true);
  });

  it("refreshes in the last third of a short-lived token", () => {
    const short = token("s", 0, 6);
    expect(needsRefresh(short, 3)).toBe(false);
    expect(needsRefresh(short, 4)).toBe(true);
  });
});
