import { describe, expect, it } from "vitest";
import type { MergedRow, StreamLine } from "./contract";
import {
  emptyPage,
  type MergedPageState,
  mergeRetry,
  pageReducer,
  uniqueRows,
} from "./merged-page-state";

/** A row created `minute` minutes into the day: newest first means the larger minute first. */
const row = (accountID: string, number: number, minute: number): MergedRow => ({
  accountID,
  ticketID: `${accountID}-${number}`,
  number,
  title: `Ticket ${number} of ${accountID}`,
  contact: { email: "a@example.com" },
  status: "new",
  createdOn: new Date(Date.UTC(2026, 0, 1, 0, minute)).toISOString(),
  updatedOn: new Date(Date.UTC(2026, 0, 1, 0, minute)).toISOString(),
});
const ids = (rows: MergedRow[]) => rows.map((item) => item.ticketID);
const reduce = (lines: StreamLine[]) => lines.reduce(pageReducer("newest"), emptyPage);

describe("pageReducer", () => {
  it("shows the rows received so far in order, counts answers, and takes `end` as the page", () => {
    const accounts = [
      { accountID: "a", displayName: "A" },
      { accountID: "b", displayName: "B" },
      { accountID: "c", displayName: "C" },
    ];
    const partial = reduce([
      { type: "start", accounts },
      { type: "account", accountID: "a", items: [row("a", 2, 10), row("a", 1, 5)] },
      { type: "account", accountID: "b", items: [row("b", 1, 7)] },
    ]);
    expect(ids(partial.rows)).toEqual(["a-2", "b-1", "a-1"]);
    expect(partial).toMatchObject({ started: true, settled: 2, complete: false });

    const failure = { code: "unavailable", message: "Moov is unavailable.", requestId: "req-9" };
    const ended: StreamLine[] = [
      { type: "failed", accountID: "c", error: failure },
      { type: "end", items: [row("a", 2, 10), row("b", 1, 7)], nextCursor: "next" },
    ];
    const whole = ended.reduce(pageReducer("newest"), partial);
    expect(whole.failures).toEqual([{ accountID: "c", error: failure }]);
    expect(whole).toMatchObject({ settled: 3, complete: true, nextCursor: "next" });
    expect(ids(whole.rows)).toEqual(["a-2", "b-1"]);
  });

  it("never shows more than a page while streaming", () => {
    const many = Array.from({ length: 30 }, (_, index) => row("a", index + 1, index));
    expect(reduce([{ type: "account", accountID: "a", items: many }]).rows).toHaveLength(25);
  });
});

describe("mergeRetry", () => {
  const failure = { code: "unavailable", message: "Moov is unavailable." };
  const fullPage: MergedPageState = {
    ...emptyPage,
    started: true,
    rows: Array.from({ length: 25 }, (_, index) => row("a", 100 - index, 100 - index)),
    failures: [{ accountID: "b", error: failure }],
    complete: true,
    nextCursor: "next",
  };

  it("adds the rows that sort within a full page and leaves the rest to the next page", () => {
    // a's rows run from minute 100 down to 76; b's 90 sorts inside, 50 after the last row.
    const merged = mergeRetry(fullPage, "newest", "b", {
      items: [row("b", 2, 90), row("b", 1, 50)],
    });
    expect(merged.failures).toEqual([]);
    expect(ids(merged.rows)).toContain("b-2");
    expect(ids(merged.rows)).not.toContain("b-1");
    // After a's rows from minute 100 to 90 (the tie at 90 goes to the smaller account ID).
    expect(ids(merged.rows).indexOf("b-2")).toBe(11);
    expect(merged.rows).toHaveLength(26);
    expect(merged.nextCursor).toBe("next");
  });

  it("fills a page that was not full", () => {
    const short = { ...fullPage, rows: fullPage.rows.slice(0, 3) };
    const merged = mergeRetry(short, "newest", "b", { items: [row("b", 2, 90), row("b", 1, 50)] });
    expect(ids(merged.rows)).toEqual(["a-100", "a-99", "a-98", "b-2", "b-1"]);
  });

  it("keeps the notice, with the new reason and request ID, when the account fails again", () => {
    const again = { code: "rate_limited", message: "Too many requests.", requestId: "req-2" };
    const merged = mergeRetry(fullPage, "newest", "b", { error: again });
    expect(merged.failures).toEqual([{ accountID: "b", error: again }]);
    expect(merged.rows).toEqual(fullPage.rows);
  });
});

describe("uniqueRows", () => {
  it("shows a ticket found on two pages once, where it came first", () => {
    const first = { ...emptyPage, rows: [row("a", 2, 10), row("b", 1, 9)] };
    const second = { ...emptyPage, rows: [row("b", 1, 9), row("a", 1, 8)] };
    expect(ids(uniqueRows([first, second]))).toEqual(["a-2", "b-1", "a-1"]);
  });
});
