import "server-only";
import { decode, encode, type JWT } from "next-auth/jwt";
import { env } from "@/lib/env";
import { parseClaims, type SessionClaims } from "./session-claims";

/**
 * Reading and writing the next-auth session cookie outside next-auth's own
 * routes (proxy, route handlers, server actions), with the same name, options
 * and encryption next-auth uses, so both stay interchangeable.
 */
const cookieLimit = 3_900;

export function secureCookies(): boolean {
  return env().NEXTAUTH_URL?.startsWith("https://") ?? false;
}

export function sessionCookieName(): string {
  return secureCookies() ? "__Secure-next-auth.session-token" : "next-auth.session-token";
}

export function sessionCookieOptions() {
  return {
    httpOnly: true,
    sameSite: "lax" as const,
    path: "/",
    secure: secureCookies(),
    maxAge: env().SESSION_MAX_AGE,
  };
}

type CookieReader = { getAll(): Array<{ name: string; value: string }> };

/** The cookie's value, joining next-auth's chunks (name.0, name.1 …) if it ever split it. */
export function readSessionCookie(cookies: CookieReader): string | undefined {
  const name = sessionCookieName();
  const all = cookies.getAll();
  const whole = all.find((cookie) => cookie.name === name);
  if (whole) return whole.value;
  const chunks = all
    .filter((cookie) => cookie.name.startsWith(`${name}.`))
    .sort((a, b) => Number(a.name.slice(name.length + 1)) - Number(b.name.slice(name.length + 1)));
  return chunks.length > 0 ? chunks.map((chunk) => chunk.value).join("") : undefined;
}

export function chunkCookieNames(cookies: CookieReader): string[] {
  const prefix = `${sessionCookieName()}.`;
  return cookies
    .getAll()
    .map((cookie) => cookie.name)
    .filter((name) => name.startsWith(prefix));
}

export type DecodedSession = { jwt: JWT; claims: SessionClaims };

export async function decodeSession(value: string | undefined): Promise<DecodedSession | null> {
  if (!value) return null;
  try {
    const jwt = await decode({ token: value, secret: env().NEXTAUTH_SECRET });
    const claims = parseClaims(jwt);
    return jwt && claims ? { jwt, claims } : null;
  } catch {
    return null;
  }
}

/**
 * Encodes the session. If it would not fit one cookie, the least recently
 * worked accounts' tokens are left out (a later visit mints again); the current
 * account's token always stays.
 */
export async function encodeSession(jwt: JWT, claims: SessionClaims): Promise<string> {
  const { NEXTAUTH_SECRET, SESSION_MAX_AGE } = env();
  let toks = claims.toks;
  for (;;) {
    const value = await encode({
      token: { ...jwt, ...claims, toks },
      secret: NEXTAUTH_SECRET,
      maxAge: SESSION_MAX_AGE,
    });
    const size = sessionCookieName().length + value.length;
    if (size <= cookieLimit || toks.length <= 1) return value;
    toks = toks.slice(0, -1);
  }
}
