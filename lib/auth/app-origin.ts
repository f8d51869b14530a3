import "server-only";
import { headers } from "next/headers";
import { env } from "@/lib/env";

/**
 * The app's own origin: NEXTAUTH_URL's when set (the public URL), else the
 * one this request was addressed to. Redirect targets must stay on it.
 */
export function appOriginFor(requestURL: string): string {
  const configured = env().NEXTAUTH_URL;
  return new URL(configured ?? requestURL).origin;
}

/** The origins a same-origin POST may carry: the public URL's and the request's own. */
export function acceptedOrigins(requestURL: string): string[] {
  return [...new Set([appOriginFor(requestURL), new URL(requestURL).origin])];
}

/** For server components, which see headers but no request URL. */
export async function appOrigin(): Promise<string> {
  const configured = env().NEXTAUTH_URL;
  if (configured) return new URL(configured).origin;
  const list = await headers();
  const proto = list.get("x-forwarded-proto") ?? "http";
  return `${proto}://${list.get("host") ?? "localhost"}`;
}
