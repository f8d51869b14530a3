/**
 * Every way a read or a write can fail, as the browser learns it: Moov's
 * answers (mapped in lib/moov/errors.ts), the session's (unauthorized,
 * forbidden), the browser's own (offline) and a write's unknown outcome
 * (unconfirmed). Safe to import anywhere: no SDK, no server code.
 */
export const errorCodes = [
  "bad_request",
  "unauthorized",
  "forbidden",
  "not_found",
  "conflict",
  "invalid",
  "rate_limited",
  "server_error",
  "bad_gateway",
  "unavailable",
  "gateway_timeout",
  "timeout",
  "unreachable",
  "offline",
  "unconfirmed",
  "unexpected",
] as const;
export type ErrorCode = (typeof errorCodes)[number];

/** Moov or the app was out of reach or failing: a read retries by itself while a banner says so. */
const outageCodes: ReadonlySet<string> = new Set<ErrorCode>([
  "offline",
  "unreachable",
  "timeout",
  "bad_gateway",
  "unavailable",
  "gateway_timeout",
]);

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
