/**
 * The app's auth URLs, safe to import anywhere (client components too).
 * Redirect targets from outside go through safe-redirect.ts first.
 */
export const pathHeader = "x-support-desk-path";

/** POST-only routes that change the session (see lib/auth/session-routes.ts). */
export const authRoutes = {
  switchAccount: "/api/auth/switch",
  signOut: "/api/auth/sign-out",
  ended: "/api/auth/ended",
} as const;

export function signInPath(params: { callbackUrl?: string; reason?: string } = {}): string {
  const search = new URLSearchParams();
  if (params.reason) search.set("reason", params.reason);
  if (params.callbackUrl && params.callbackUrl !== "/")
    search.set("callbackUrl", params.callbackUrl);
  const query = search.toString();
  return query ? `/sign-in?${query}` : "/sign-in";
}

export function ticketsPath(accountID: string): string {
  return `/accounts/${encodeURIComponent(accountID)}/tickets`;
}

export function ticketPath(accountID: string, ticketID: string): string {
  return `${ticketsPath(accountID)}/${encodeURIComponent(ticketID)}`;
}

/** One account's overview (charts); every account's is allAccountsPaths.overview. */
export function accountOverviewPath(accountID: string): string {
  return `/accounts/${encodeURIComponent(accountID)}/overview`;
}
