import "server-only";
import { cookies } from "next/headers";
import { NextResponse } from "next/server";
import { z } from "zod";
import { audit } from "@/lib/audit/audit-log";
import { env } from "@/lib/env";
import {
  AccessDeniedError,
  SessionEndedError,
  type SessionEndReason,
  sessionEndReasons,
} from "./errors";
import { revokeTokens } from "./moov-tokens";
import { safeLocalPath, signInPath, ticketsPath } from "./paths";
import { allTokens, sessionEnd, tokenFor, withAccountToken } from "./session-claims";
import {
  chunkCookieNames,
  decodeSession,
  encodeSession,
  readSessionCookie,
  sessionCookieName,
  sessionCookieOptions,
} from "./session-cookie";
import { keepAccountToken, relationFor } from "./session-keeper";
import { nowSeconds } from "./token";
import { personByEmail } from "./users";

/**
 * The two auth route handlers that change the session outside next-auth:
 * switching the account being worked, and ending a session Moov no longer
 * honours. Both answer with redirects, so they work without client JS.
 */
const noStore = { "cache-control": "no-store" };

function redirectTo(request: Request, path: string): NextResponse {
  return NextResponse.redirect(new URL(path, request.url), { status: 303, headers: noStore });
}

async function clearSession(response: NextResponse, reason: SessionEndReason): Promise<void> {
  const store = await cookies();
  const decoded = await decodeSession(readSessionCookie(store));
  if (decoded) {
    audit({ action: "session.end", actor: decoded.claims.email, outcome: "ok", code: reason });
    void revokeTokens(allTokens(decoded.claims));
  }
  response.cookies.delete(sessionCookieName());
  for (const name of chunkCookieNames(store)) response.cookies.delete(name);
}

const switchQuery = z.object({ accountID: z.guid(), next: z.string().optional() });

/** GET /api/auth/switch?accountID=…&next=… */
export async function switchAccount(request: Request): Promise<NextResponse> {
  const url = new URL(request.url);
  const query = switchQuery.safeParse(Object.fromEntries(url.searchParams));
  if (!query.success) {
    return new NextResponse("Not found", { status: 404, headers: noStore });
  }
  const { accountID } = query.data;
  const next = safeLocalPath(query.data.next, ticketsPath(accountID));
  const store = await cookies();
  const decoded = await decodeSession(readSessionCookie(store));
  const person = decoded ? personByEmail(decoded.claims.email) : undefined;
  const { SESSION_MAX_AGE, SESSION_IDLE_TIMEOUT } = env();
  const ended =
    decoded &&
    sessionEnd(decoded.claims, nowSeconds(), {
      maxAge: SESSION_MAX_AGE,
      idleTimeout: SESSION_IDLE_TIMEOUT,
    });
  if (!decoded || !person || ended) {
    return redirectTo(request, signInPath({ callbackUrl: next, reason: ended || undefined }));
  }
  const switched = (outcome: "ok" | "denied" | "failed", code?: string) =>
    audit({ action: "session.switch-account", actor: person.email, accountID, outcome, code });
  try {
    const checked = await relationFor(decoded.claims, person, accountID, "persist");
    if (!checked.relation) throw new AccessDeniedError();
    const kept = await keepAccountToken(
      checked.claims,
      person,
      accountID,
      checked.relation,
      "persist",
    );
    const token = tokenFor(kept.claims, accountID) ?? kept.token;
    const claims = { ...withAccountToken(kept.claims, accountID, token), seen: nowSeconds() };
    const value = await encodeSession(decoded.jwt, claims);
    const response = redirectTo(request, next);
    response.cookies.set(sessionCookieName(), value, sessionCookieOptions());
    if (decoded.claims.acct !== accountID) switched("ok");
    return response;
  } catch (error) {
    if (error instanceof AccessDeniedError) {
      switched("denied", "forbidden");
      return new NextResponse("You can't act for this account.", { status: 403, headers: noStore });
    }
    if (error instanceof SessionEndedError) {
      return endedResponse(request, error.reason, next);
    }
    console.error("auth: switching accounts failed", (error as Error).name);
    switched("failed", "moov-unavailable");
    return new NextResponse("Moov could not be reached. Try again in a moment.", {
      status: 503,
      headers: noStore,
    });
  }
}

async function endedResponse(
  request: Request,
  reason: SessionEndReason,
  callbackUrl?: string,
): Promise<NextResponse> {
  const response = redirectTo(request, signInPath({ reason, callbackUrl }));
  await clearSession(response, reason);
  return response;
}

const endedQuery = z.object({
  reason: z.enum(sessionEndReasons).catch("expired"),
  callbackUrl: z.string().optional(),
});

/** GET /api/auth/ended?reason=revoked&callbackUrl=… */
export async function endSessionRoute(request: Request): Promise<NextResponse> {
  const url = new URL(request.url);
  const query = endedQuery.parse(Object.fromEntries(url.searchParams));
  const callbackUrl = query.callbackUrl ? safeLocalPath(query.callbackUrl) : undefined;
  return endedResponse(request, query.reason, callbackUrl);
}
