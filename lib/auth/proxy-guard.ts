import "server-only";
import type { NextRequest } from "next/server";
import { NextResponse } from "next/server";
import { SessionEndedError } from "./errors";
import { pathHeader, signInPath } from "./paths";
import { loadSession } from "./session/lifecycle";
import { clearSessionCookies, decodeSessionCookie } from "./session/session-cookie";

/** Pages anyone may open: the sign-in page (next-auth's own routes are API routes, not proxied). */
export function isPublicPage(pathname: string): boolean {
  return pathname === signInPath();
}

/**
 * What proxy.ts does for every dashboard page: without a session cookie that
 * decodes, the browser goes to the sign-in page (and back here afterwards);
 * with one, the server-side session must be live (the load ends one past its
 * limits), else the browser goes to the sign-in page, told why, and its dead
 * cookie is cleared. Tokens are kept by whichever page, handler or action uses
 * them (lib/auth/agent.ts); nothing here writes the cookie. This replaced
 * next-auth's withAuth, which decoded the same cookie once more per request.
 */
export async function guardDashboard(
  request: NextRequest,
  /** Headers the page's render must see too (proxy.ts: the Content-Security-Policy with its nonce). */
  pageHeaders: Record<string, string> = {},
): Promise<NextResponse> {
  const here = `${request.nextUrl.pathname}${request.nextUrl.search}`;
  const claims = await decodeSessionCookie(request.cookies);
  if (!claims) {
    return NextResponse.redirect(
      new URL(signInPath({ callbackUrl: here }), request.nextUrl.origin),
    );
  }
  const loaded = await loadSession(claims.sid);
  if (!loaded || loaded instanceof SessionEndedError || loaded.record.email !== claims.email) {
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
  return passOn(request, { ...pageHeaders, [pathHeader]: here });
}

/** On to the page, with `extra` added to the headers its render sees. */
export function passOn(request: NextRequest, extra: Record<string, string>): NextResponse {
  const requestHeaders = new Headers(request.headers);
  for (const [name, value] of Object.entries(extra)) requestHeaders.set(name, value);
  return NextResponse.next({ request: { headers: requestHeaders } });
}

/** The browser loading a page (not the router's prefetches or fetches, which send "empty"). */
function isDocumentLoad(request: NextRequest): boolean {
  const destination = request.headers.get("sec-fetch-dest");
  return destination === null || destination === "document";
}
