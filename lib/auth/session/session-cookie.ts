import "server-only";
import { decode, type JWT } from "next-auth/jwt";
import { setNewest } from "@/lib/bounded";
import { env, isLoopbackOrHttps } from "@/lib/env";
import { processWide } from "@/lib/process-wide";

/**
 * next-auth's session cookie, read outside next-auth's own routes (proxy,
 * pages, route handlers, server actions, the live stream). It carries who the
 * person is and the ID of their server-side session; nothing else.
 */
type SessionCookieClaims = { sid: string; email: string };

/**
 * Secure whenever the app is served over https, and in production, except
 * for an http app URL on this machine's loopback (the demo, the E2E run):
 * browsers refuse Secure cookies over http there, and loopback traffic never
 * crosses a network.
 */
export function secureCookies(): boolean {
  const { NEXTAUTH_URL, NODE_ENV } = env();
  if (NEXTAUTH_URL?.startsWith("https://")) return true;
  const loopbackHTTP = NEXTAUTH_URL !== undefined && isLoopbackHTTP(NEXTAUTH_URL);
  return NODE_ENV === "production" && !loopbackHTTP;
}

function isLoopbackHTTP(value: string): boolean {
  const url = new URL(value);
  return url.protocol === "http:" && isLoopbackOrHttps(value);
}

export function sessionCookieName(): string {
  return secureCookies() ? "__Secure-next-auth.session-token" : "next-auth.session-token";
}

type CookieReader = { getAll(): Array<{ name: string; value: string }> };

/** The cookie's value, joining next-auth's chunks (name.0, name.1 …) if it ever split it. */
function readSessionCookie(cookies: CookieReader): string | undefined {
  const name = sessionCookieName();
  const all = cookies.getAll();
  const whole = all.find((cookie) => cookie.name === name);
  if (whole) return whole.value;
  const chunks = all
    .filter((cookie) => cookie.name.startsWith(`${name}.`))
    .sort((a, b) => Number(a.name.slice(name.length + 1)) - Number(b.name.slice(name.length + 1)));
  return chunks.length > 0 ? chunks.map((chunk) => chunk.value).join("") : undefined;
}

/** Every cookie name the session may be stored under, to clear them all. */
function sessionCookieNames(cookies: CookieReader): string[] {
  const name = sessionCookieName();
  return cookies
    .getAll()
    .map((cookie) => cookie.name)
    .filter((each) => each === name || each.startsWith(`${name}.`));
}

export function claimsOf(jwt: JWT | null | undefined): SessionCookieClaims | null {
  const sid = jwt?.sid;
  const email = jwt?.email;
  return typeof sid === "string" && typeof email === "string" ? { sid, email } : null;
}

/**
 * Cookies already decoded in this process, by their exact value. Every page
 * load decoded the same cookie twice (proxy and page), each time deriving the
 * key with HKDF and decrypting the JWE: about 0.7 ms of CPU a decode. The same
 * string under the same secret always decodes to the same claims, so a hit
 * only has to check the expiry that decode would have checked. Only cookies
 * that decoded are kept (a stranger's garbage cannot fill this), at most
 * `claimsMemoSize`, the oldest dropped first. Whether the session is still
 * live is never cached: every request still loads it from the store.
 */
type Decoded = { claims: SessionCookieClaims; expiresAtMs: number };
const claimsMemoSize = 2_000;
const decoded = processWide("auth.decoded-session-cookies", () => new Map<string, Decoded>());

function remembered(value: string, nowMs: number): SessionCookieClaims | undefined {
  const hit = decoded.get(value);
  if (!hit) return undefined;
  if (hit.expiresAtMs > nowMs) return hit.claims;
  decoded.delete(value);
  return undefined;
}

function remember(value: string, claims: SessionCookieClaims, expSeconds: unknown): void {
  // Without a numeric exp next-auth would accept it for ever; keep those out of the memo.
  if (typeof expSeconds !== "number") return;
  setNewest(decoded, value, { claims, expiresAtMs: expSeconds * 1000 }, claimsMemoSize);
}

export async function decodeSessionCookie(
  cookies: CookieReader,
): Promise<SessionCookieClaims | null> {
  const value = readSessionCookie(cookies);
  if (!value) return null;
  const known = remembered(value, Date.now());
  if (known) return known;
  try {
    const jwt = await decode({ token: value, secret: env().NEXTAUTH_SECRET });
    const claims = claimsOf(jwt);
    if (claims) remember(value, claims, jwt?.exp);
    return claims;
  } catch {
    return null;
  }
}

type CookieWriter = {
  set(
    name: string,
    value: string,
    options: { path: string; maxAge: number; secure: boolean; httpOnly: boolean },
  ): unknown;
};

/** Expires every copy of the session cookie the browser sent (a Secure cookie is only cleared by a Secure one). */
export function clearSessionCookies(response: { cookies: CookieWriter }, sent: CookieReader): void {
  for (const name of sessionCookieNames(sent)) {
    response.cookies.set(name, "", {
      path: "/",
      maxAge: 0,
      secure: secureCookies(),
      httpOnly: true,
    });
  }
}
