import type { UserError } from "@/lib/errors/user-error";
import type { AccountRef, AccountSummary, SummaryLine } from "./contract";

/**
 * What the browser keeps of GET /api/accounts/summary: the accounts the
 * server named, and per account its numbers, its failure, or a read again in
 * flight. Pure, so the reducer is tested without a browser.
 */
export type AccountResult =
  | { kind: "summary"; summary: AccountSummary }
  | { kind: "failed"; error: UserError }
  | { kind: "retrying"; error: UserError };

export type AccountSummaries = {
  /** Null until the stream's `start` line named the accounts. */
  accounts: AccountRef[] | null;
  results: Record<string, AccountResult>;
  /** The accounts that have answered in the read under way (or the last one). */
  answered: Record<string, true>;
  /** The stream reached its `end`: every account has answered or failed. */
  done: boolean;
};

export const noSummaries: AccountSummaries = {
  accounts: null,
  results: {},
  answered: {},
  done: false,
};

/**
 * Folds one line into the state. A new read keeps the numbers already shown
 * until each account answers again (they do not blink out on a refetch), but
 * counts its progress from zero and forgets accounts no longer named.
 */
export function applySummaryLine(state: AccountSummaries, line: SummaryLine): AccountSummaries {
  switch (line.type) {
    case "start": {
      const results: Record<string, AccountResult> = {};
      for (const { accountID } of line.accounts) {
        const kept = state.results[accountID];
        if (kept) results[accountID] = kept;
      }
      return { accounts: line.accounts, results, answered: {}, done: false };
    }
    case "summary":
      return answer(state, line.accountID, { kind: "summary", summary: line.summary });
    case "failed":
      return answer(state, line.accountID, { kind: "failed", error: line.error });
    case "end":
      return { ...state, done: true };
  }
}

function answer(state: AccountSummaries, accountID: string, result: AccountResult) {
  return {
    ...state,
    results: { ...state.results, [accountID]: result },
    answered: { ...state.answered, [accountID]: true as const },
  };
}

/** One account's line from a read of that account alone (`only=`): its result, nothing else. */
export function applyAccountLine(state: AccountSummaries, line: SummaryLine): AccountSummaries {
  return line.type === "summary" || line.type === "failed" ? applySummaryLine(state, line) : state;
}

/** Marks a failed account as being read again (its failure stays until the answer). */
export function markRetrying(state: AccountSummaries, accountID: string): AccountSummaries {
  const current = state.results[accountID];
  if (current?.kind !== "failed") return state;
  return {
    ...state,
    results: { ...state.results, [accountID]: { kind: "retrying", error: current.error } },
  };
}

/** A read again that ended without a word about the account leaves it failed, not spinning. */
export function endRetry(state: AccountSummaries, accountID: string): AccountSummaries {
  const current = state.results[accountID];
  if (current?.kind !== "retrying") return state;
  return {
    ...state,
    results: { ...state.results, [accountID]: { kind: "failed", error: current.error } },
  };
}

/** The summary of an account, when it has one. */
export function summaryOf(state: AccountSummaries | undefined, accountID: string) {
  const result = state?.results[accountID];
  return result?.kind === "summary" ? result.summary : undefined;
}

/** The earliest moment any shown number was read: what "as of" honestly means. */
export function oldestReadAt(state: AccountSummaries): string | undefined {
  let oldest: string | undefined;
  for (const result of Object.values(state.results)) {
    if (result.kind !== "summary") continue;
    if (oldest === undefined || result.summary.readAt < oldest) oldest = result.summary.readAt;
  }
  return oldest;
}
