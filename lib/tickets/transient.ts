/**
 * Failure codes (lib/moov/errors.ts, plus the browser's own "offline") that
 * say Moov or the app was out of reach or failing, not that the request was
 * wrong. Safe in the browser: no SDK import.
 */
const outageCodes = new Set([
  "offline",
  "unreachable",
  "timeout",
  "bad_gateway",
  "unavailable",
  "gateway_timeout",
]);

/** A read that failed like this is retried in the browser while a banner says so. */
export function isOutage(code: string | undefined): boolean {
  return code !== undefined && outageCodes.has(code);
}

/**
 * A write that failed like this may still have happened upstream (the answer,
 * not the request, may be what got lost), so its outcome has to be read back.
 */
export function isAmbiguousWriteFailure(code: string | undefined): boolean {
  return code === "server_error" || (isOutage(code) && code !== "offline");
}
