import { createHash } from "node:crypto";
import { expect } from "@playwright/test";
import type { EmulatorAdmin, JournalEntry } from "../fixtures/emulator-admin";

/**
 * What reached Moov, from the emulator's journal. `since` is required: the
 * journal is shared by every test running at once, so a test only reads the
 * calls made after it started (or after the moment it cares about).
 */
export type JournalQuery = { since: string; method?: string; path?: string | RegExp };

/**
 * A moment to read the journal from: take it after the test's own setup calls
 * (creating an account, a ticket) and before the action whose calls you count.
 * The journal stamps a call when it starts and keeps entries strictly after
 * the mark, so the mark is one millisecond ahead: a setup call answered within
 * a millisecond stays out, and no call the action causes (browser → app →
 * Moov) starts that soon.
 */
export const journalMark = (): string => new Date(Date.now() + 1).toISOString();

export async function journal(
  emulator: EmulatorAdmin,
  query: JournalQuery,
): Promise<JournalEntry[]> {
  const entries = await emulator.journal(1000, query.since);
  return entries.filter(
    (entry) =>
      (query.method === undefined || entry.method === query.method) &&
      (query.path === undefined ||
        (typeof query.path === "string" ? entry.path === query.path : query.path.test(entry.path))),
  );
}

/** Nothing but reads reached Moov for `path` since the mark. */
export async function expectNoWrite(
  emulator: EmulatorAdmin,
  query: { since: string; path: string | RegExp },
): Promise<void> {
  const writes = (await journal(emulator, query)).filter((entry) => entry.method !== "GET");
  expect(writes.map((entry) => `${entry.method} ${entry.path}`)).toEqual([]);
}

/** The request ID Moov answered the latest matching call with. */
export async function lastRequestID(emulator: EmulatorAdmin, query: JournalQuery): Promise<string> {
  const last = (await journal(emulator, query)).at(-1);
  if (!last) throw new Error(`No ${query.method ?? ""} ${String(query.path)} in the journal`);
  return last.requestID;
}

/**
 * The request IDs of the matching calls Moov answered with `status`. For a
 * fresh merchant of Harbor, a partner's all-accounts view in a parallel test
 * may read the same path and meet the same fault: a shown request ID must be
 * one of these, not necessarily the latest.
 */
export async function requestIDsAnswered(
  emulator: EmulatorAdmin,
  query: JournalQuery & { status: number },
): Promise<string[]> {
  return (await journal(emulator, query))
    .filter((entry) => entry.status === query.status)
    .map((entry) => entry.requestID);
}

/**
 * Every call since the mark that names `accountID`, in its path or in its
 * token's scopes. For an account the test created itself, that is every call
 * about it, whoever else is using the emulator meanwhile.
 */
export async function journalNaming(
  emulator: EmulatorAdmin,
  query: { since: string; accountID: string },
): Promise<JournalEntry[]> {
  const names = (text: string) => text.split("/").includes(query.accountID);
  return (await journal(emulator, { since: query.since })).filter(
    (entry) => names(entry.path) || (entry.tokenScopes ?? []).some(names),
  );
}

/** One call as a failure message names it. */
export const callName = (entry: Pick<JournalEntry, "method" | "path">): string =>
  `${entry.method} ${entry.path}`;

/** How the journal names a Bearer token (its `tokenID`): the first 16 hex digits of its SHA-256. */
export const tokenIDOf = (token: string): string =>
  createHash("sha256").update(token).digest("hex").slice(0, 16);
