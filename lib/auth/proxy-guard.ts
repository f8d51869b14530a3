import "server-only";
import type { NextRequest } from "next/server";
import { NextResponse } from "next/server";
import { SessionEndedError } from "./errors";
import { pathHeader, signInPath } from "./paths";
import { loadSession } from "./session/lifecycle";
import { clearSessionCookies, decodeSessionCookie } from "./session/session-cookie";

/**
 * What proxy.ts does for every dashboard page once next-auth has found a
 * session cookie: the server-side session must be live (the load ends one
 * past its limits), else the browser goes to the sign-in page, told why, and
 * its dead cookie is cleared. Tokens are kept by whichever page, handler or
 * action uses them (lib/auth/agent.ts); nothing here writes the cookie.
 */
export async function guardDashboard(
  request: NextRequest,
  /** Headers the page's render must see too (proxy.ts: the Content-Security-Policy with its nonce). */
  pageHeaders: Record<string, string> = {},
): Promise<NextResponse> {
  const here = `${request.nextUrl.pathname}${request.nextUrl.search}`;
  const claims = await decodeSessionCookie(request.cookies);
  const loaded = claims ? await loadSession(claims.sid) : null;
  if (
    !claims ||
    !loaded ||
    loaded instanceof SessionEndedError ||
    loaded.record.email !== claims.email
  ) {
    const reason = loaded instanceof SessionEndedError ? loaded.reason : "expired";
    const response = NextResponse.redirect(
      new URL(signInPath({ reason, callbackUrl: here }), request.nextUrl.origin),
    );
    // Only a page load clears the dead cookie: a prefetch answered after the session
    // ended would otherwise clear it first, and the page's own reload would then
    // arrive with no cookie and no reason to show.
    if (isDocumentLoad(request)) clearSessionCookies(response, request.cookies);
    return response;
  }
  const requestHeaders = new Headers(request.headers);
  for (const [name, value] of Object.entries(pageHeaders)) requestHeaders.set(name, value);
  requestHeaders.set(pathHeader, here);
  return NextResponse.next({ request: { headers: requestHeaders } });
}

/** The browser loading a page (not the router's prefetches or fetches, which send "empty"). */
function isDocumentLoad(request: NextRequest): boolean {
  const destination = request.headers.get("sec-fetch-dest");
  return destination === null || destination === "document";
}
