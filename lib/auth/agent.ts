import "server-only";
import type { Moov } from "@moovio/sdk";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { moovWithToken } from "@/lib/moov/client";
import type { RetryEvent } from "@/lib/moov/resilient-fetch";
import { AccessDeniedError, NotSignedInError, SessionEndedError } from "./errors";
import {
  cachedAccountName,
  connectedAccounts,
  DirectoryTokenRejectedError,
  type NamedAccount,
  proveToken,
} from "./moov-access/directory";
import { directoryScopes, type Relation, relationTo, workScopes } from "./moov-access/scopes";
import { pathHeader, signInPath } from "./paths";
import { endSession, type LiveSession, loadSession } from "./session/lifecycle";
import { decodeSessionCookie } from "./session/session-cookie";
import { keepToken } from "./session/session-tokens";
import type { AgentKind } from "./users/users-file";

export { AccessDeniedError, NotSignedInError, SessionEndedError } from "./errors";
/**
 * The contract the rest of the app codes against: who is signed in, whether
 * they may act for an account, and a Moov SDK instance carrying their token for
 * it. Usable from server components, route handlers and server actions alike:
 * the session lives in the server-side store, so any of them may refresh a
 * token or end the session.
 */
export type { AgentKind } from "./users/users-file";

export type AgentSession = { email: string; name: string; kind: AgentKind; accountID: string };

export type ActingAccount = {
  accountID: string;
  displayName: string;
  via?: { accountID: string; displayName: string };
};

/** The session of this request, loaded once per request. */
const currentSession = cache(async () => {
  const claims = await decodeSessionCookie(await cookies());
  if (!claims) return null;
  const loaded = await loadSession(claims.sid);
  // A cookie naming another person's session is no session at all.
  if (loaded && !(loaded instanceof SessionEndedError) && loaded.record.email !== claims.email) {
    return null;
  }
  return loaded;
});

async function sessionOrThrow(): Promise<LiveSession> {
  const current = await currentSession();
  if (current === null) throw new NotSignedInError();
  if (current instanceof SessionEndedError) throw current;
  return current;
}

function agentOf(session: LiveSession, accountID = session.record.acct): AgentSession {
  const { email, name, kind } = session.record;
  return { email, name, kind, accountID };
}

/**
 * Runs `work` for the signed-in session; Moov refusing the session's directory
 * token (revoked) ends the session everywhere.
 */
async function withSession<T>(work: (session: LiveSession) => Promise<T>): Promise<T> {
  const session = await sessionOrThrow();
  try {
    return await work(session);
  } catch (error) {
    if (!(error instanceof DirectoryTokenRejectedError)) throw error;
    await endSession(session.id, "revoked");
    throw new SessionEndedError("revoked");
  }
}

/** The signed-in agent, or null (no redirect): for pages that also serve the signed-out. */
export async function currentAgent(): Promise<AgentSession | null> {
  const current = await currentSession();
  return current === null || current instanceof SessionEndedError ? null : agentOf(current);
}

/** The page's own path and query (set by proxy.ts), to come back to after signing in. */
async function currentPath(fallback = "/"): Promise<string> {
  return (await headers()).get(pathHeader) ?? fallback;
}

/** For pages: a session that has ended sends the browser to the sign-in page, saying why. */
export async function redirectToSignIn(error?: unknown): Promise<never> {
  const callbackUrl = await currentPath();
  const reason = error instanceof SessionEndedError ? error.reason : undefined;
  redirect(signInPath({ callbackUrl, reason }));
}

/** For pages: the signed-in agent, or a redirect to the sign-in page (back here afterwards). */
export async function requireAgent(): Promise<AgentSession> {
  const current = await currentSession();
  if (current === null || current instanceof SessionEndedError) return redirectToSignIn(current);
  return agentOf(current);
}

function directoryToken(session: LiveSession) {
  return keepToken(session, "directory", directoryScopes(session.person.actsFor));
}

/**
 * How the person relates to `accountID`, or null. Only a partner with "*"
 * needs Moov for this (its connected accounts, with the directory token); no
 * call ever names `accountID` itself.
 */
async function relationFor(session: LiveSession, accountID: string): Promise<Relation | null> {
  const { actsFor } = session.person;
  const needsList =
    "partner" in actsFor && actsFor.connected === "*" && accountID !== actsFor.partner;
  if (!needsList) return relationTo(actsFor, accountID);
  const token = (await directoryToken(session)).a;
  const has = async (startedAfter?: number) =>
    (await connectedAccounts(actsFor.partner, token, startedAfter)).some(
      (account) => account.accountID === accountID,
    );
  // A miss reads the list again, from after the miss: it may have been connected just now.
  const connected = (await has()) || (await has(Date.now()));
  return relationTo(actsFor, accountID, new Set(connected ? [accountID] : []));
}

/**
 * The permission check (AccessDeniedError before any Moov call about the
 * account), then a usable token for it, minted on the first visit.
 * `rejected`: the access token Moov just answered 401 to.
 */
async function tokenFor(session: LiveSession, accountID: string, rejected?: string) {
  const relation = await relationFor(session, accountID);
  if (!relation) throw new AccessDeniedError();
  const scopes = workScopes(session.person.actsFor, accountID, relation);
  return keepToken(session, { account: accountID }, scopes, rejected);
}

const actFor = cache((accountID: string) =>
  withSession(async (session) => ({
    session,
    agent: agentOf(session, accountID),
    token: await tokenFor(session, accountID),
  })),
);

/**
 * Checks the session, then the permission for `accountID` (AccessDeniedError
 * before any Moov call about that account), then returns an SDK instance with
 * a valid token scoped to exactly that account. `retries` lists the retries
 * that instance has made so far (a write uses it to read what a 409 means).
 */
export async function actForAccount(
  accountID: string,
): Promise<{ agent: AgentSession; moov: Moov; retries: readonly RetryEvent[] }> {
  const { session, agent, token } = await actFor(accountID);
  const retries: RetryEvent[] = [];
  const moov = moovWithToken(
    token.a,
    // After Moov answered 401: one renewed token; a refused refresh ends the session.
    async () => (await tokenFor(session, accountID, token.a)).a,
    (event) => retries.push(event),
  );
  return { agent, moov, retries };
}

/** Whether the signed-in person may act for `accountID` (no token is minted). */
export async function mayActFor(accountID: string): Promise<boolean> {
  return withSession(async (session) => (await relationFor(session, accountID)) !== null);
}

/**
 * Proves the session's token for the account still works by asking Moov for
 * the account with it, status only (every work scope set reads the account's
 * profile): Moov
 * refusing it (revoked) ends the session. The account layout streams this
 * after the page's frame, so the frame never waits on Moov
 * (app/accounts/[accountID]/token-check.tsx).
 */
export const checkAccountToken = cache(async (accountID: string): Promise<void> => {
  const { session, token } = await actFor(accountID);
  try {
    await proveToken(accountID, token.a);
  } catch (error) {
    if (!(error instanceof DirectoryTokenRejectedError)) throw error;
    await endSession(session.id, "revoked");
    throw new SessionEndedError("revoked");
  }
});

async function actingAccountsOf(session: LiveSession): Promise<ActingAccount[]> {
  const token = (await directoryToken(session)).a;
  const { actsFor } = session.person;
  const nameOf = (accountID: string) => cachedAccountName(accountID, token);
  if ("accounts" in actsFor) return Promise.all(actsFor.accounts.map(nameOf));
  // The partner's name and its connected accounts are independent reads: not one after the other.
  const [partner, connected] = await Promise.all([
    nameOf(actsFor.partner),
    actsFor.connected === "*"
      ? connectedAccounts(actsFor.partner, token)
      : Promise.all(actsFor.connected.map(nameOf)),
  ]);
  return [partner, ...connected.map((account: NamedAccount) => ({ ...account, via: partner }))];
}

/**
 * The accounts the person may act for, named by Moov, in the order of the
 * users file (a partner's own account first, then its connected accounts).
 */
export const listActingAccounts = cache(
  (): Promise<ActingAccount[]> => withSession(actingAccountsOf),
);

/**
 * For the views across accounts (lib/all-accounts): the session loaded once,
 * the accounts the person may act for (this list is the permission check: no
 * second Moov read per account), and a Moov SDK instance per account on
 * demand, with the person's minimal token for that account (minted on first
 * use, renewed once after a 401). Route handlers get no per-request cache,
 * so a view of 200 accounts would otherwise load the session 200 times.
 */
export type ActingAcrossAccounts = {
  accounts: ActingAccount[];
  moovFor: (accountID: string) => Promise<Moov>;
};

export async function actAcrossAccounts(): Promise<ActingAcrossAccounts> {
  return withSession(async (session) => {
    const accounts = await actingAccountsOf(session);
    const byID = new Map(accounts.map((account) => [account.accountID, account]));
    const moovFor = async (accountID: string) => {
      const account = byID.get(accountID);
      if (!account) throw new AccessDeniedError();
      const relation: Relation = account.via ? "connected" : "own";
      const scopes = workScopes(session.person.actsFor, accountID, relation);
      const slot = { account: accountID };
      const token = await keepToken(session, slot, scopes);
      return moovWithToken(
        token.a,
        async () => (await keepToken(session, slot, scopes, token.a)).a,
      );
    };
    return { accounts, moovFor };
  });
}

/** The signed-in session's ID, for the routes that end or change it. */
export async function currentSessionID(): Promise<string | undefined> {
  const current = await currentSession();
  return current && !(current instanceof SessionEndedError) ? current.id : undefined;
}

/** The signed-in session's ID and person, for what outlives the request (the live stream). */
export async function currentLiveSession(): Promise<{ id: string; email: string }> {
  const session = await sessionOrThrow();
  return { id: session.id, email: session.record.email };
}
