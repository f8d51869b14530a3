import { describe, expect, it } from "vitest";
import {
  emptySelection,
  pageState,
  type SelectableTicket,
  type Selection,
  selectionKey,
  togglePage,
  toggleRow,
  without,
} from "./selection";

const account = "acct-1";
const row = (n: number, status = "new"): SelectableTicket => ({
  accountID: account,
  ticketID: `t${n}`,
  number: n,
  title: `Ticket ${n}`,
  status,
});
const rows = [row(1), row(2), row(3, "closed"), row(4), row(5)];
const keysOf = (selection: Selection) => [...selection.picked.keys()].sort();

describe("toggleRow", () => {
  it("toggles one row and remembers it as the range's anchor", () => {
    const once = toggleRow(emptySelection, rows, "acct-1/t2", false);
    expect(keysOf(once)).toEqual(["acct-1/t2"]);
    expect(once.anchor).toBe("acct-1/t2");
    expect(keysOf(toggleRow(once, rows, "acct-1/t2", false))).toEqual([]);
  });

  it("selects every open row between the anchor and a Shift+clicked row, either way", () => {
    const anchored = toggleRow(emptySelection, rows, "acct-1/t1", false);
    expect(keysOf(toggleRow(anchored, rows, "acct-1/t5", true))).toEqual([
      "acct-1/t1",
      "acct-1/t2",
      "acct-1/t4",
      "acct-1/t5",
    ]);
    const fromBelow = toggleRow(emptySelection, rows, "acct-1/t5", false);
    expect(keysOf(toggleRow(fromBelow, rows, "acct-1/t2", true))).toEqual([
      "acct-1/t2",
      "acct-1/t4",
      "acct-1/t5",
    ]);
  });

  it("unselects a range when the Shift+clicked row was selected", () => {
    let selection = togglePage(emptySelection, rows);
    selection = toggleRow(selection, rows, "acct-1/t2", false); // off, anchor t2
    selection = toggleRow(selection, rows, "acct-1/t4", true); // t4 was on: t2..t4 go off
    expect(keysOf(selection)).toEqual(["acct-1/t1", "acct-1/t5"]);
  });

  it("is a plain toggle when the anchor left the screen", () => {
    const anchored = toggleRow(emptySelection, rows, "acct-1/t1", false);
    const shown = rows.slice(1);
    expect(keysOf(toggleRow(anchored, shown, "acct-1/t5", true))).toEqual([
      "acct-1/t1",
      "acct-1/t5",
    ]);
  });

  it("never selects a closed ticket", () => {
    expect(keysOf(toggleRow(emptySelection, rows, "acct-1/t3", false))).toEqual([]);
  });
});

describe("the header checkbox", () => {
  it("selects every open loaded row, then none", () => {
    const all = togglePage(emptySelection, rows);
    expect(keysOf(all)).toEqual(["acct-1/t1", "acct-1/t2", "acct-1/t4", "acct-1/t5"]);
    expect(pageState(all, rows)).toBe("all");
    expect(keysOf(togglePage(all, rows))).toEqual([]);
  });

  it("is mixed while some are selected, and a click then selects the rest", () => {
    const some = toggleRow(emptySelection, rows, "acct-1/t4", false);
    expect(pageState(some, rows)).toBe("some");
    expect(pageState(togglePage(some, rows), rows)).toBe("all");
  });

  it("stops at 100 tickets and counts the ones left out", () => {
    const many = Array.from({ length: 130 }, (_, index) => row(index + 1));
    const selection = togglePage(emptySelection, many);
    expect(selection.picked.size).toBe(100);
    expect(selection.overflow).toBe(30);
  });
});

describe("without", () => {
  it("drops the given tickets and keeps the rest", () => {
    const all = togglePage(emptySelection, rows);
    expect(keysOf(without(all, [selectionKey(row(1)), selectionKey(row(4))]))).toEqual([
      "acct-1/t2",
      "acct-1/t5",
    ]);
  });
});
