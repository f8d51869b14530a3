/**
 * When a Moov call may be tried again, and how long to wait first. Pure, so
 * the rules are tested without a network; resilient-fetch.ts applies them.
 *
 * - Reads (GET) and idempotent writes (the close PATCH: closing twice is a
 *   409, never a second effect; token requests) retry 500/502/503/504 and
 *   connection errors.
 * - Creating a ticket (POST) is not idempotent: it retries only what Moov
 *   certainly did not act on (429).
 * - Every kind honours 429's Retry-After when the wait fits the call's budget.
 */
export const maxAttempts = 3;

/** Time an attempt needs at the least; a wait that leaves less is not worth taking. */
export const minAttemptMs = 250;

const backoffBaseMs = 200;
const backoffCapMs = 2_000;

export type CallKind = "read" | "idempotent-write" | "write";

export function callKind(method: string, url: string): CallKind {
  const verb = method.toUpperCase();
  if (verb === "GET" || verb === "HEAD") return "read";
  if (verb === "PATCH" || verb === "PUT" || verb === "DELETE") return "idempotent-write";
  // Minting or refreshing a token twice does no harm (a refresh is de-duplicated upstream of us).
  if (new URL(url).pathname.startsWith("/oauth2/")) return "idempotent-write";
  return "write";
}

const transientStatuses = new Set([500, 502, 503, 504]);

export function retriesStatus(kind: CallKind, status: number): boolean {
  if (status === 429) return true;
  return kind !== "write" && transientStatuses.has(status);
}

export function retriesConnectionErrors(kind: CallKind): boolean {
  return kind !== "write";
}

/** Exponential back-off with jitter: attempt 1 waits 100–200 ms, attempt 2 200–400 ms … */
export function backoffMs(attempt: number, random: number = Math.random()): number {
  const ceiling = Math.min(backoffCapMs, backoffBaseMs * 2 ** (attempt - 1));
  return Math.round(ceiling / 2 + (ceiling / 2) * random);
}

/** Retry-After (seconds or an HTTP date) in milliseconds, or undefined when absent or unreadable. */
export function retryAfterMs(value: string | null, now: number = Date.now()): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const at = Date.parse(trimmed);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - now);
}

/** Whether waiting `waitMs` still leaves an attempt enough of the budget. */
export function fitsBudget(waitMs: number, now: number, deadline: number): boolean {
  return now + waitMs + minAttemptMs <= deadline;
}
