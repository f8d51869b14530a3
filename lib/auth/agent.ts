import "server-only";
import type { Moov } from "@moovio/sdk";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { env } from "@/lib/env";
import { moovWithToken } from "@/lib/moov/client";
import type { RetryEvent } from "@/lib/moov/resilient-fetch";
import { cachedAccountName, fetchAccountName, type NamedAccount } from "./directory";
import { AccessDeniedError, NotSignedInError, SessionEndedError } from "./errors";
import { pathHeader, sessionEndedPath, signInPath } from "./paths";
import { type SessionClaims, sessionEnd, tokenFor } from "./session-claims";
import {
  chunkCookieNames,
  type DecodedSession,
  decodeSession,
  encodeSession,
  readSessionCookie,
  sessionCookieName,
  sessionCookieOptions,
} from "./session-cookie";
import {
  connectedFor,
  type KeepMode,
  keepAccountToken,
  keepDirectoryToken,
  relationFor,
} from "./session-keeper";
import { needsRefresh, nowSeconds, type StoredToken } from "./token";
import { personByEmail } from "./users";
import type { AgentKind, Person } from "./users-file";

export { AccessDeniedError, NotSignedInError, SessionEndedError } from "./errors";
/**
 * The contract the rest of the app codes against: who is signed in, whether
 * they may act for an account, and a Moov SDK instance carrying their token for
 * it. Usable from server components, route handlers and server actions.
 */
export type { AgentKind } from "./users-file";

export type AgentSession = { email: string; name: string; kind: AgentKind; accountID: string };

export type ActingAccount = {
  accountID: string;
  displayName: string;
  via?: { accountID: string; displayName: string };
};

type Current = DecodedSession & { person: Person };

/** The signed-in session of this request, or why there is none. */
const currentSession = cache(async (): Promise<Current | SessionEndedError | null> => {
  const decoded = await decodeSession(readSessionCookie(await cookies()));
  if (!decoded) return null;
  const { SESSION_MAX_AGE, SESSION_IDLE_TIMEOUT } = env();
  const ended = sessionEnd(decoded.claims, nowSeconds(), {
    maxAge: SESSION_MAX_AGE,
    idleTimeout: SESSION_IDLE_TIMEOUT,
  });
  if (ended) return new SessionEndedError(ended);
  const person = personByEmail(decoded.claims.email);
  if (!person) return new SessionEndedError("removed");
  return { ...decoded, person };
});

async function sessionOrThrow(): Promise<Current> {
  const current = await currentSession();
  if (current === null) throw new NotSignedInError();
  if (current instanceof SessionEndedError) throw current;
  return current;
}

function agentOf(claims: SessionClaims, accountID = claims.acct): AgentSession {
  return { email: claims.email, name: claims.name, kind: claims.kind, accountID };
}

/**
 * Saves changed claims when this request may write cookies (route handlers,
 * server actions); in a server component the write throws and the change stays
 * in memory for this request.
 */
async function trySave(current: Current, claims: SessionClaims): Promise<boolean> {
  try {
    const store = await cookies();
    const value = await encodeSession(current.jwt, claims);
    store.set(sessionCookieName(), value, sessionCookieOptions());
    for (const name of chunkCookieNames(store)) store.delete(name);
    return true;
  } catch {
    return false;
  }
}

/** Whether this request can write cookies, found out by rewriting the cookie as it is. */
async function canSave(): Promise<boolean> {
  try {
    const store = await cookies();
    const value = readSessionCookie(store);
    if (value === undefined) return false;
    if (store.get(sessionCookieName()))
      store.set(sessionCookieName(), value, sessionCookieOptions());
    return true;
  } catch {
    return false;
  }
}

/** The signed-in agent, or null (no redirect): for pages that also serve the signed-out. */
export async function currentAgent(): Promise<AgentSession | null> {
  const current = await currentSession();
  return current === null || current instanceof SessionEndedError ? null : agentOf(current.claims);
}

/** For pages: the signed-in agent, or a redirect to the sign-in page (back here afterwards). */
export async function requireAgent(): Promise<AgentSession> {
  const current = await currentSession();
  if (current === null || current instanceof SessionEndedError) {
    const here = (await headers()).get(pathHeader) ?? "/";
    redirect(
      current === null ? signInPath({ callbackUrl: here }) : sessionEndedPath(current.reason, here),
    );
  }
  return agentOf(current.claims);
}

/** How stale `seen` may get before a request that can write cookies updates it. */
const seenResolutionSeconds = 60;

/** "persist" only when a token is due and this request can save its successor. */
async function modeFor(due: boolean): Promise<KeepMode> {
  return due && (await canSave()) ? "persist" : "memory";
}

function isDue(token: StoredToken | undefined): boolean {
  return !token || needsRefresh(token, nowSeconds());
}

type Acting = { agent: AgentSession; accessToken: string };

/**
 * The permission check (AccessDeniedError before any Moov call about the
 * account), then a usable token for it; `rejected` says Moov just refused the
 * one the session holds.
 */
async function permittedToken(
  current: Current,
  accountID: string,
  mode: KeepMode,
  rejected = false,
) {
  const checked = await relationFor(current.claims, current.person, accountID, mode);
  if (!checked.relation) throw new AccessDeniedError();
  const kept = await keepAccountToken(
    checked.claims,
    current.person,
    accountID,
    checked.relation,
    mode,
    rejected,
  );
  return { checked, kept };
}

const actFor = cache(async (accountID: string): Promise<Acting> => {
  const current = await sessionOrThrow();
  // Reads from the browser count as activity for the idle timeout too.
  const active = nowSeconds() - current.claims.seen >= seenResolutionSeconds;
  const mode = await modeFor(
    isDue(tokenFor(current.claims, accountID)) || isDue(current.claims.dir) || active,
  );
  const { checked, kept } = await permittedToken(current, accountID, mode);
  if (mode === "persist" && (kept.changed || checked.changed || active)) {
    await trySave(current, { ...kept.claims, seen: nowSeconds() });
  }
  return { agent: agentOf(current.claims, accountID), accessToken: kept.token.a };
});

/**
 * Checks the session, then the permission for `accountID` (AccessDeniedError
 * before any Moov call about that account), then returns an SDK instance with
 * a valid token scoped to exactly that account. `retries` lists the retries
 * that instance has made so far (a write uses it to read what a 409 means).
 */
export async function actForAccount(
  accountID: string,
): Promise<{ agent: AgentSession; moov: Moov; retries: readonly RetryEvent[] }> {
  const { agent, accessToken } = await actFor(accountID);
  const retries: RetryEvent[] = [];
  const moov = moovWithToken(
    accessToken,
    () => renewAccountToken(accountID),
    (event) => retries.push(event),
  );
  return { agent, moov, retries };
}

/**
 * After Moov answered 401 to the account's token: one new token, refreshed and
 * saved where this request can write cookies, else minted for this request
 * only (as for any expired token, see session-keeper.ts). A refused refresh
 * ends the session, as it does everywhere else.
 */
async function renewAccountToken(accountID: string): Promise<string> {
  const current = await sessionOrThrow();
  const mode: KeepMode = (await canSave()) ? "persist" : "memory";
  const { kept } = await permittedToken(current, accountID, mode, true);
  if (mode === "persist" && kept.changed) await trySave(current, kept.claims);
  return kept.token.a;
}

/** Whether the signed-in person may act for `accountID` (no token is minted). */
export async function mayActFor(accountID: string): Promise<boolean> {
  const current = await sessionOrThrow();
  const checked = await relationFor(current.claims, current.person, accountID, "memory");
  return checked.relation !== null;
}

/** Whether the session already holds a token for `accountID` (else: /api/auth/switch). */
export async function holdsTokenFor(accountID: string): Promise<boolean> {
  const current = await sessionOrThrow();
  return current.claims.toks.some((entry) => entry.id === accountID);
}

/**
 * Proves the session's token for the account still works by reading the
 * account with it (every work scope set reads the account's profile): Moov
 * refusing it (revoked) throws DirectoryTokenRejectedError, and the session has
 * to end. The account layout streams this after the page's frame, so the frame
 * never waits on Moov (components/header/token-check.tsx).
 */
export const checkAccountToken = cache(async (accountID: string): Promise<void> => {
  const { accessToken } = await actFor(accountID);
  await fetchAccountName(accountID, accessToken);
});

const nameOf = cache((accountID: string, accessToken: string) =>
  cachedAccountName(accountID, accessToken),
);

/**
 * The accounts the person may act for, named by Moov, in the order of the
 * users file (a partner's own account first, then its connected accounts).
 */
export const listActingAccounts = cache(async (): Promise<ActingAccount[]> => {
  const current = await sessionOrThrow();
  const mode = await modeFor(isDue(current.claims.dir));
  const directory = await keepDirectoryToken(current.claims, current.person, mode);
  if (mode === "persist" && directory.changed) await trySave(current, directory.claims);
  const token = directory.token.a;
  const { actsFor } = current.person;
  if ("accounts" in actsFor) {
    return Promise.all(actsFor.accounts.map((accountID) => nameOf(accountID, token)));
  }
  const partner = await nameOf(actsFor.partner, token);
  const connected: NamedAccount[] =
    actsFor.connected === "*"
      ? await connectedFor(current.person, directory.token)
      : await Promise.all(actsFor.connected.map((accountID) => nameOf(accountID, token)));
  return [partner, ...connected.map((account) => ({ ...account, via: partner }))];
});
