/**
 * What the app asked Moov for during one view, from the emulator's journal:
 * calls by kind, repeats of the same method + path + query (a duplicate read),
 * and the 429s the app met (and waited out, or showed).
 */
import type { JournalEntry } from "../emulator-api";

export type ViewCalls = {
  total: number;
  /** GET /accounts/{id}/tickets */
  list: number;
  /** POST /oauth2/token */
  token: number;
  /** the partner's connected accounts and account profiles (names) */
  directory: number;
  other: number;
  /** calls beyond the first with the same method, path and query (token mints excluded: they differ by body) */
  duplicates: number;
  duplicateExamples: string[];
  tooManyRequests: number;
  /** accounts whose tickets were listed */
  listedAccounts: number;
};

const listPath = /^\/accounts\/[^/]+\/tickets$/;
const directoryPath = /^\/accounts\/[^/]+(\/connected-accounts)?$/;

export function callsOf(entries: readonly JournalEntry[]): ViewCalls {
  const seen = new Map<string, number>();
  const listed = new Set<string>();
  const calls: ViewCalls = {
    total: entries.length,
    list: 0,
    token: 0,
    directory: 0,
    other: 0,
    duplicates: 0,
    duplicateExamples: [],
    tooManyRequests: 0,
    listedAccounts: 0,
  };
  for (const entry of entries) {
    if (entry.status === 429) calls.tooManyRequests += 1;
    if (entry.method === "POST" && entry.path === "/oauth2/token") {
      calls.token += 1;
      continue;
    }
    if (entry.method === "GET" && listPath.test(entry.path)) {
      calls.list += 1;
      if (entry.accountID) listed.add(entry.accountID);
    } else if (entry.method === "GET" && directoryPath.test(entry.path)) calls.directory += 1;
    else calls.other += 1;
    const query = Object.entries(entry.query ?? {}).sort(([a], [b]) => (a < b ? -1 : 1));
    const key = `${entry.method} ${entry.path}?${new URLSearchParams(query)}`;
    const count = (seen.get(key) ?? 0) + 1;
    seen.set(key, count);
    if (count > 1) {
      calls.duplicates += 1;
      if (calls.duplicateExamples.length < 3)
        calls.duplicateExamples.push(`${key} (${entry.status})`);
    }
  }
  calls.listedAccounts = listed.size;
  return calls;
}
