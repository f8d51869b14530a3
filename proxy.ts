import type { NextRequest } from "next/server";
import { guardDashboard, isPublicPage, passOn } from "@/lib/auth/proxy-guard";
import { isLoopbackOrHttps } from "@/lib/env";
import { contentSecurityPolicy } from "@/lib/security/content-security-policy";

/**
 * Every page passes here. Each gets a Content-Security-Policy with a fresh
 * nonce, on the response for the browser and on the request for Next.js,
 * which stamps the nonce on its own scripts. Dashboard pages are guarded
 * (lib/auth/proxy-guard): without a live session, the sign-in page (back here
 * afterwards). The sign-in page is only given its policy. API routes (their handlers check the session and answer
 * 401/403 as JSON), the health probe and the signed webhook are not matched;
 * the headers every response carries come from next.config.ts.
 */
function policyFor(request: NextRequest): string {
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const { protocol } = request.nextUrl;
  return contentSecurityPolicy(nonce, {
    dev: process.env.NODE_ENV !== "production",
    loopbackHTTP: protocol === "http:" && isLoopbackOrHttps(request.nextUrl.href),
  });
}

export default async function proxy(request: NextRequest) {
  const policy = policyFor(request);
  const pageHeaders = { "content-security-policy": policy };
  const response = isPublicPage(request.nextUrl.pathname)
    ? passOn(request, pageHeaders)
    : await guardDashboard(request, pageHeaders);
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  matcher: [
    "/((?!api/|_next/static|_next/image|favicon\\.ico|robots\\.txt|manifest\\.webmanifest|.*\\.(?:png|svg|ico|webp|jpg|jpeg|txt|webmanifest)$).*)",
  ],
};
