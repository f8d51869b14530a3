import "server-only";
import { connectedAccounts, type NamedAccount, recheckAfterMissMs } from "./directory";
import { AccessDeniedError, SessionEndedError } from "./errors";
import { mintToken, refreshToken, TokenRefusedError } from "./moov-tokens";
import { directoryScopes, type Relation, relationTo, workScopes } from "./scopes";
import {
  replaceAccountToken,
  type SessionClaims,
  tokenFor,
  withAccountToken,
} from "./session-claims";
import { isExpired, needsRefresh, nowSeconds, type StoredToken } from "./token";
import type { Person } from "./users-file";

/**
 * Keeps the session's Moov tokens valid. Callers that can write the session
 * cookie ("persist": proxy, route handlers, server actions) refresh with the
 * refresh token and save the result. Server components cannot write cookies,
 * so there ("memory") a token still valid is used as is, and an expired one is
 * replaced by a fresh one for this request only, leaving the stored refresh
 * token untouched for the next request that can save its successor.
 */
export type KeepMode = "persist" | "memory";

export type Kept = {
  claims: SessionClaims;
  token: StoredToken;
  /** claims differ from the ones passed in and should be saved */
  changed: boolean;
};

/**
 * `rejected`: Moov just answered 401 to this token, so it is treated as
 * expired whatever its expiry says (renewed once per call, see lib/moov/client.ts).
 */
async function freshen(
  existing: StoredToken | undefined,
  scopes: readonly string[],
  mode: KeepMode,
  rejected = false,
): Promise<StoredToken | undefined> {
  const now = nowSeconds();
  if (!existing) return mintToken(scopes);
  if (!rejected && !needsRefresh(existing, now)) return undefined;
  const expired = rejected || isExpired(existing, now);
  if (mode === "memory") return expired ? mintToken(scopes) : undefined;
  try {
    return await refreshToken(existing);
  } catch (error) {
    if (error instanceof TokenRefusedError) throw new SessionEndedError("refresh-failed");
    // Moov is unreachable: a token that still works is better than none.
    if (!expired) return undefined;
    throw error;
  }
}

export async function keepDirectoryToken(
  claims: SessionClaims,
  person: Person,
  mode: KeepMode,
): Promise<Kept> {
  const fresh = await freshen(claims.dir, directoryScopes(person.actsFor), mode);
  if (!fresh) return { claims, token: claimsDir(claims), changed: false };
  return { claims: { ...claims, dir: fresh }, token: fresh, changed: true };
}

function claimsDir(claims: SessionClaims): StoredToken {
  if (!claims.dir) throw new Error("the session has no directory token");
  return claims.dir;
}

/** The connected accounts a partner with "*" may act for (empty for everyone else). */
export async function connectedFor(
  person: Person,
  directoryToken: StoredToken,
  fresherThanMs?: number,
): Promise<NamedAccount[]> {
  const { actsFor } = person;
  if (!("partner" in actsFor) || actsFor.connected !== "*") return [];
  return connectedAccounts(actsFor.partner, directoryToken.a, fresherThanMs);
}

/**
 * How the person relates to `accountID`, or null. Only a partner with "*"
 * needs Moov for this (the list of its connected accounts, with the directory
 * token); no call ever names `accountID` itself.
 */
export async function relationFor(
  claims: SessionClaims,
  person: Person,
  accountID: string,
  mode: KeepMode,
): Promise<{ relation: Relation | null; claims: SessionClaims; changed: boolean }> {
  const { actsFor } = person;
  const needsList =
    "partner" in actsFor && actsFor.connected === "*" && accountID !== actsFor.partner;
  if (!needsList) return { relation: relationTo(actsFor, accountID), claims, changed: false };
  const directory = await keepDirectoryToken(claims, person, mode);
  const has = async (fresherThanMs?: number) =>
    (await connectedFor(person, directory.token, fresherThanMs)).some(
      (account) => account.accountID === accountID,
    );
  const connected = (await has()) || (await has(recheckAfterMissMs));
  return {
    relation: relationTo(actsFor, accountID, new Set(connected ? [accountID] : [])),
    claims: directory.claims,
    changed: directory.changed,
  };
}

/** A valid token for working `accountID`, minted on the first visit (a switch). */
export async function keepAccountToken(
  claims: SessionClaims,
  person: Person,
  accountID: string,
  relation: Relation,
  mode: KeepMode,
  rejected = false,
): Promise<Kept> {
  const existing = tokenFor(claims, accountID);
  let fresh: StoredToken | undefined;
  try {
    fresh = await freshen(
      existing,
      workScopes(person.actsFor, accountID, relation),
      mode,
      rejected,
    );
  } catch (error) {
    // Moov would not mint for this account at all (no longer connected, say).
    if (!existing && error instanceof TokenRefusedError) throw new AccessDeniedError();
    throw error;
  }
  if (!fresh) {
    if (!existing) throw new Error("unreachable: a missing token is always minted");
    return { claims, token: existing, changed: false };
  }
  if (existing) {
    return {
      claims: replaceAccountToken(claims, accountID, fresh),
      token: fresh,
      changed: true,
    };
  }
  return { claims: withAccountToken(claims, accountID, fresh), token: fresh, changed: true };
}

/** The first claims of a new session: the home account's token and the directory token. */
export async function startSession(person: Person, home: string): Promise<SessionClaims> {
  const now = nowSeconds();
  const relation = relationTo(person.actsFor, home);
  if (!relation) throw new Error("a person's home account is one they act for");
  const [work, dir] = await Promise.all([
    mintToken(workScopes(person.actsFor, home, relation)),
    mintToken(directoryScopes(person.actsFor)),
  ]);
  return {
    email: person.email,
    name: person.name,
    kind: "partner" in person.actsFor ? "partner" : "account",
    acct: home,
    toks: [{ id: home, t: work }],
    dir,
    auth: now,
    seen: now,
  };
}
