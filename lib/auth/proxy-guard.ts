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
    clearSessionCookies(response, request.cookies);
    return response;
  }
  const requestHeaders = new Headers(request.headers);
  for (const [name, value] of Object.entries(pageHeaders)) requestHeaders.set(name, value);
  requestHeaders.set(pathHeader, here);
  return NextResponse.next({ request: { headers: requestHeaders } });
}
