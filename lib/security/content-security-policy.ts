/**
 * The Content-Security-Policy for every page: scripts only with this request's
 * nonce (no inline allowance), no framing, no plugins, and connections only
 * back to this origin (the browser never talks to Moov directly).
 */
export function contentSecurityPolicy(
  nonce: string,
  options: { dev: boolean; loopbackHTTP?: boolean },
): string {
  const script = [`'self'`, `'nonce-${nonce}'`, `'strict-dynamic'`];
  // React's dev build evaluates source maps with eval; production never does.
  if (options.dev) script.push(`'unsafe-eval'`);
  const directives: Record<string, string[]> = {
    "default-src": [`'self'`],
    "script-src": script,
    // Next.js and React set style attributes at runtime; styles cannot run code.
    "style-src": [`'self'`, `'unsafe-inline'`],
    "img-src": [`'self'`, "data:", "blob:"],
    "font-src": [`'self'`, "data:"],
    "connect-src": [`'self'`],
    "object-src": [`'none'`],
    "base-uri": [`'self'`],
    "form-action": [`'self'`],
    "frame-ancestors": [`'none'`],
  };
  // Not for plain http on this machine (the demo, the E2E run): there is no https to
  // upgrade to, and a redirected request would be retried on https and fail.
  if (!options.dev && !options.loopbackHTTP) directives["upgrade-insecure-requests"] = [];
  return Object.entries(directives)
    .map(([name, values]) => [name, ...values].join(" "))
    .join("; ");
}

/** Headers that go on every response, pages and API alike. */
export function securityHeaders(options: { production: boolean }): Record<string, string> {
  const headers: Record<string, string> = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "X-Frame-Options": "DENY",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=()",
    "Cross-Origin-Opener-Policy": "same-origin",
  };
  if (options.production)
    headers["Strict-Transport-Security"] = "max-age=63072000; includeSubDomains";
  return headers;
}
