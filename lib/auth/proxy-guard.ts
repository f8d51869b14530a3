import "server-only";
import type { NextRequest } from "next/server";
import { NextResponse } from "next/server";
import { audit } from "@/lib/audit/audit-log";
import { env } from "@/lib/env";
import { AccessDeniedError, SessionEndedError, type SessionEndReason } from "./errors";
import { revokeTokens } from "./moov-tokens";
import { pathHeader, signInPath } from "./paths";
import {
  allTokens,
  type SessionClaims,
  sessionEnd,
  tokenFor,
  withAccountToken,
} from "./session-claims";
import {
  chunkCookieNames,
  decodeSession,
  encodeSession,
  readSessionCookie,
  sessionCookieName,
  sessionCookieOptions,
} from "./session-cookie";
import { keepAccountToken, keepDirectoryToken, relationFor } from "./session-keeper";
import { nowSeconds } from "./token";
import { personByEmail } from "./users";
import type { Person } from "./users-file";

/**
 * What proxy.ts does for every dashboard request once next-auth has found a
 * session cookie. Server components cannot write cookies, so this is where the
 * session is kept alive: idle and lifetime limits, refreshing due tokens,
 * minting a token for the account in the URL the first time it is worked (a
 * switch), and writing the cookie back, for the browser and for this very
 * request's server components.
 */
const accountPath = /^\/accounts\/([0-9a-fA-F-]{36})(?:\/|$)/;
const seenResolutionSeconds = 10;

export async function guardDashboard(
  request: NextRequest,
  /** Headers the page's render must see too (proxy.ts: the Content-Security-Policy with its nonce). */
  pageHeaders: Record<string, string> = {},
): Promise<NextResponse> {
  const here = `${request.nextUrl.pathname}${request.nextUrl.search}`;
  const decoded = await decodeSession(readSessionCookie(request.cookies));
  if (!decoded) return endSession(request, "expired", here);
  const now = nowSeconds();
  const { SESSION_MAX_AGE, SESSION_IDLE_TIMEOUT } = env();
  const ended = sessionEnd(decoded.claims, now, {
    maxAge: SESSION_MAX_AGE,
    idleTimeout: SESSION_IDLE_TIMEOUT,
  });
  if (ended) return endSession(request, ended, here, decoded.claims);
  const person = personByEmail(decoded.claims.email);
  if (!person) return endSession(request, "removed", here, decoded.claims);

  let kept: { claims: SessionClaims; changed: boolean };
  try {
    kept = await keepTokens(
      decoded.claims,
      person,
      accountPath.exec(request.nextUrl.pathname)?.[1],
      isDocumentLoad(request),
    );
  } catch (error) {
    if (error instanceof SessionEndedError) {
      return endSession(request, error.reason, here, decoded.claims);
    }
    // Moov unreachable: let the page render and show its own upstream error.
    console.error("auth: could not keep the session's tokens", (error as Error).name);
    kept = { claims: decoded.claims, changed: false };
  }

  let { claims, changed } = kept;
  if (now - claims.seen >= seenResolutionSeconds) {
    claims = { ...claims, seen: now };
    changed = true;
  }
  const requestHeaders = new Headers(request.headers);
  for (const [name, value] of Object.entries(pageHeaders)) requestHeaders.set(name, value);
  requestHeaders.set(pathHeader, here);
  if (!changed) return NextResponse.next({ request: { headers: requestHeaders } });

  const value = await encodeSession(decoded.jwt, claims);
  requestHeaders.set("cookie", replaceSessionCookie(request, value));
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.cookies.set(sessionCookieName(), value, sessionCookieOptions());
  for (const name of chunkCookieNames(request.cookies)) response.cookies.delete(name);
  return response;
}

/**
 * Whether the browser is loading this page as a document. The router's own
 * fetches (prefetches of links in view, client-side navigations) carry
 * sec-fetch-dest "empty"; a late prefetch of the previous account's links must
 * not switch the session back to that account. Clients that send no fetch
 * metadata (scripts, the bench) count as loading the page.
 */
function isDocumentLoad(request: NextRequest): boolean {
  const destination = request.headers.get("sec-fetch-dest");
  return destination === null || destination === "document";
}

/** `switching`: this request may make the URL's account the one being worked (see isDocumentLoad). */
async function keepTokens(
  claims: SessionClaims,
  person: Person,
  urlAccountID: string | undefined,
  switching: boolean,
): Promise<{ claims: SessionClaims; changed: boolean }> {
  const accountID = urlAccountID ?? claims.acct;
  let changed = false;
  const directory = await keepDirectoryToken(claims, person, "persist");
  let current = directory.claims;
  changed ||= directory.changed;
  const checked = await relationFor(current, person, accountID, "persist");
  current = checked.claims;
  changed ||= checked.changed;
  // No permission: mint nothing; the account layout answers 403.
  if (!checked.relation) return { claims: current, changed };
  try {
    const account = await keepAccountToken(current, person, accountID, checked.relation, "persist");
    current = account.claims;
    changed ||= account.changed;
  } catch (error) {
    if (error instanceof AccessDeniedError) return { claims: current, changed };
    throw error;
  }
  // Tokens stay fresh either way; only loading a page switches the account being worked.
  if (!switching) return { claims: { ...current, acct: claims.acct }, changed };
  if (current.acct !== accountID) {
    const token = tokenFor(current, accountID);
    if (token) current = withAccountToken(current, accountID, token);
    changed = true;
  }
  // Opening another account's page is how most switches happen (a first visit mints its token).
  if (claims.acct !== accountID) {
    audit({ action: "session.switch-account", actor: claims.email, accountID, outcome: "ok" });
  }
  return { claims: current, changed };
}

function replaceSessionCookie(request: NextRequest, value: string): string {
  const name = sessionCookieName();
  const others = request.cookies
    .getAll()
    .filter((cookie) => cookie.name !== name && !cookie.name.startsWith(`${name}.`))
    .map((cookie) => `${cookie.name}=${cookie.value}`);
  return [...others, `${name}=${value}`].join("; ");
}

/** `claims`: the session being ended, if its cookie could be read (else there is nothing to audit or revoke). */
function endSession(
  request: NextRequest,
  reason: SessionEndReason,
  here: string,
  claims?: SessionClaims,
): NextResponse {
  const response = NextResponse.redirect(
    new URL(signInPath({ reason, callbackUrl: here }), request.nextUrl.origin),
  );
  response.cookies.delete(sessionCookieName());
  for (const name of chunkCookieNames(request.cookies)) response.cookies.delete(name);
  if (claims) {
    audit({ action: "session.end", actor: claims.email, outcome: "ok", code: reason });
    const tokens = allTokens(claims);
    if (tokens.length > 0) void revokeTokens(tokens);
  }
  return response;
}
