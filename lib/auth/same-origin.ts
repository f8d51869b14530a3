/**
 * State changes (switch account, sign out, end a session) are POSTs that only
 * the app's own pages may send: a cross-site link or form changes nothing.
 * Browsers send Sec-Fetch-Site and Origin on every POST; a request carrying
 * neither is not from a browser page of ours either.
 */
export function isSameOriginRequest(request: Request, appOrigins: readonly string[]): boolean {
  const site = request.headers.get("sec-fetch-site");
  const origin = request.headers.get("origin");
  if (site === null && origin === null) return false;
  if (site !== null && site !== "same-origin") return false;
  return origin === null || appOrigins.includes(origin);
}
