import { z } from "zod";
import { type StoredToken, storedTokenSchema } from "./token";

/**
 * What the app keeps in the encrypted next-auth JWT beside next-auth's own
 * claims. Tokens are kept per account (most recent first, at most
 * `maxAccountTokens`) so two tabs working two accounts each find their own.
 */
export const maxAccountTokens = 3;

export const sessionClaimsSchema = z.object({
  email: z.string(),
  name: z.string(),
  kind: z.enum(["account", "partner"]),
  /** the account worked most recently */
  acct: z.string(),
  toks: z.array(z.object({ id: z.string(), t: storedTokenSchema })),
  /** the account switcher's token: account names only */
  dir: storedTokenSchema.optional(),
  /** signed in at, Unix seconds */
  auth: z.number(),
  /** last request, Unix seconds */
  seen: z.number(),
});
export type SessionClaims = z.infer<typeof sessionClaimsSchema>;

export type SessionEnd = "expired" | "idle";

export function parseClaims(token: unknown): SessionClaims | null {
  const parsed = sessionClaimsSchema.safeParse(token);
  return parsed.success ? parsed.data : null;
}

export function sessionEnd(
  claims: SessionClaims,
  now: number,
  limits: { maxAge: number; idleTimeout: number },
): SessionEnd | null {
  if (now - claims.auth >= limits.maxAge) return "expired";
  if (now - claims.seen >= limits.idleTimeout) return "idle";
  return null;
}

export function tokenFor(claims: SessionClaims, accountID: string): StoredToken | undefined {
  return claims.toks.find((entry) => entry.id === accountID)?.t;
}

/**
 * Puts `token` first for `accountID` and forgets the least recently worked
 * accounts beyond `limit`. Their tokens are not revoked: another tab's request
 * may still be using one, and each expires on its own.
 */
export function withAccountToken(
  claims: SessionClaims,
  accountID: string,
  token: StoredToken,
  limit = maxAccountTokens,
): SessionClaims {
  const others = claims.toks.filter((entry) => entry.id !== accountID);
  return {
    ...claims,
    acct: accountID,
    toks: [{ id: accountID, t: token }, ...others].slice(0, limit),
  };
}

/** Replaces a refreshed token without changing which account is current. */
export function replaceAccountToken(
  claims: SessionClaims,
  accountID: string,
  token: StoredToken,
): SessionClaims {
  return {
    ...claims,
    toks: claims.toks.map((entry) =>
      entry.id === accountID ? { id: accountID, t: token } : entry,
    ),
  };
}

export function withoutAccountToken(claims: SessionClaims, accountID: string): SessionClaims {
  return { ...claims, toks: claims.toks.filter((entry) => entry.id !== accountID) };
}

export function allTokens(claims: SessionClaims): StoredToken[] {
  return [...claims.toks.map((entry) => entry.t), ...(claims.dir ? [claims.dir] : [])];
}
