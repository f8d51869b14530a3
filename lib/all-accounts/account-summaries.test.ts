import { describe, expect, it } from "vitest";
import {
  type AccountSummaries,
  applyAccountLine,
  applySummaryLine,
  endRetry,
  markRetrying,
  noSummaries,
  oldestReadAt,
} from "./account-summaries";
import type { AccountSummary, SummaryLine } from "./contract";

const counts = (open: number, readAt: string): AccountSummary => ({
  new: open,
  "in-progress": 0,
  "on-hold": 0,
  open,
  readAt,
});
const refused = { code: "moov_unavailable", message: "Moov did not answer.", requestId: "req-1" };
const start: SummaryLine = {
  type: "start",
  accounts: [
    { accountID: "a", displayName: "Alpha" },
    { accountID: "b", displayName: "Beta" },
  ],
};
const fold = (lines: SummaryLine[], from: AccountSummaries = noSummaries) =>
  lines.reduce(applySummaryLine, from);

describe("the accounts summary as it streams in", () => {
  it("names the accounts, then fills each one in as it answers, done at the end", () => {
    const partway = fold([
      start,
      { type: "summary", accountID: "b", summary: counts(3, "2026-01-01T00:00:02Z") },
    ]);
    expect(partway.accounts?.map((account) => account.accountID)).toEqual(["a", "b"]);
    expect(Object.keys(partway.answered)).toEqual(["b"]);
    expect(partway.done).toBe(false);

    const whole = fold(
      [{ type: "failed", accountID: "a", error: refused }, { type: "end" }],
      partway,
    );
    expect(whole.results.a).toEqual({ kind: "failed", error: refused });
    expect(whole.results.b).toEqual({
      kind: "summary",
      summary: counts(3, "2026-01-01T00:00:02Z"),
    });
    expect(whole.done).toBe(true);
  });

  it("a new read keeps the numbers shown until each account answers again, and forgets accounts no longer named", () => {
    const before = fold([
      start,
      { type: "summary", accountID: "a", summary: counts(1, "2026-01-01T00:00:01Z") },
      { type: "summary", accountID: "b", summary: counts(2, "2026-01-01T00:00:01Z") },
      { type: "end" },
    ]);
    const again = fold(
      [{ type: "start", accounts: [{ accountID: "a", displayName: "Alpha" }] }],
      before,
    );
    expect(again.results).toEqual({ a: before.results.a });
    expect(again.answered).toEqual({});
    expect(again.done).toBe(false);
  });

  it("reading one account again changes only its row: the failure stays shown while it is retried", () => {
    const failed = fold([
      start,
      { type: "failed", accountID: "a", error: refused },
      { type: "end" },
    ]);
    const retrying = markRetrying(failed, "a");
    expect(retrying.results.a).toEqual({ kind: "retrying", error: refused });

    const answered = [
      { type: "start", accounts: [{ accountID: "a", displayName: "Alpha" }] },
      { type: "summary", accountID: "a", summary: counts(4, "2026-01-01T00:00:05Z") },
      { type: "end" },
    ] satisfies SummaryLine[];
    const after = answered.reduce(applyAccountLine, retrying);
    expect(after.accounts).toBe(failed.accounts);
    expect(after.done).toBe(true);
    expect(after.results.a).toEqual({
      kind: "summary",
      summary: counts(4, "2026-01-01T00:00:05Z"),
    });
  });

  it("a read again that said nothing about the account leaves it failed", () => {
    const failed = fold([start, { type: "failed", accountID: "a", error: refused }]);
    expect(endRetry(markRetrying(failed, "a"), "a").results.a).toEqual({
      kind: "failed",
      error: refused,
    });
  });

  it("the numbers are as old as the oldest one shown", () => {
    const state = fold([
      start,
      { type: "summary", accountID: "a", summary: counts(1, "2026-01-01T00:00:09Z") },
      { type: "summary", accountID: "b", summary: counts(1, "2026-01-01T00:00:03Z") },
    ]);
    expect(oldestReadAt(state)).toBe("2026-01-01T00:00:03Z");
    expect(oldestReadAt(noSummaries)).toBeUndefined();
  });
});
