import type { SessionEndReason } from "./errors";

/**
 * The app's auth URLs, safe to import anywhere (client components too).
 * `next`/`callbackUrl` values are only ever same-site paths.
 */
export const pathHeader = "x-support-desk-path";

export function safeLocalPath(value: string | null | undefined, fallback = "/"): string {
  if (!value?.startsWith("/") || value.startsWith("//") || value.includes("\\")) {
    return fallback;
  }
  return value;
}

export function signInPath(params: { callbackUrl?: string; reason?: string } = {}): string {
  const search = new URLSearchParams();
  if (params.reason) search.set("reason", params.reason);
  if (params.callbackUrl && params.callbackUrl !== "/")
    search.set("callbackUrl", params.callbackUrl);
  const query = search.toString();
  return query ? `/sign-in?${query}` : "/sign-in";
}

/** Ends the session (cookie cleared, tokens revoked) and shows the sign-in page with `reason`. */
export function sessionEndedPath(reason: SessionEndReason, callbackUrl?: string): string {
  const search = new URLSearchParams({ reason });
  if (callbackUrl) search.set("callbackUrl", callbackUrl);
  return `/api/auth/ended?${search}`;
}

/** Mints a token for `accountID` if needed, makes it current, then goes to `next`. */
export function switchAccountPath(accountID: string, next?: string): string {
  const search = new URLSearchParams({ accountID });
  if (next) search.set("next", next);
  return `/api/auth/switch?${search}`;
}

export function ticketsPath(accountID: string): string {
  return `/accounts/${encodeURIComponent(accountID)}/tickets`;
}
