import { describe, expect, it } from "vitest";
import { nextSort, sortAccounts } from "./account-sort";
import { type AccountSummaries, applySummaryLine, noSummaries } from "./account-summaries";
import type { SummaryLine } from "./contract";

const accounts = [
  { accountID: "1", displayName: "Cedar" },
  { accountID: "2", displayName: "alder" },
  { accountID: "3", displayName: "Birch" },
  { accountID: "4", displayName: "Dogwood" },
];
const summary = (open: number, oldest?: string) => ({
  new: open,
  "in-progress": 0,
  "on-hold": 0,
  open,
  oldestOpenCreatedOn: oldest,
  readAt: "2026-01-01T00:00:00Z",
});
const summaries: AccountSummaries = (
  [
    { type: "start", accounts },
    { type: "summary", accountID: "1", summary: summary(5, "2025-12-01T00:00:00Z") },
    { type: "summary", accountID: "2", summary: summary(0) },
    { type: "summary", accountID: "3", summary: summary(9, "2025-12-20T00:00:00Z") },
    // Dogwood ("4") has not answered.
  ] satisfies SummaryLine[]
).reduce(applySummaryLine, noSummaries);

const names = (key: Parameters<typeof nextSort>[1], direction: "ascending" | "descending") =>
  sortAccounts(accounts, summaries, { key, direction }).map((account) => account.displayName);

describe("sorting the accounts page", () => {
  it("by name, either way, ignoring case", () => {
    expect(names("name", "ascending")).toEqual(["alder", "Birch", "Cedar", "Dogwood"]);
    expect(names("name", "descending")).toEqual(["Dogwood", "Cedar", "Birch", "alder"]);
  });

  it("by a count; an account without numbers stays last either way", () => {
    expect(names("open", "descending")).toEqual(["Birch", "Cedar", "alder", "Dogwood"]);
    expect(names("open", "ascending")).toEqual(["alder", "Cedar", "Birch", "Dogwood"]);
  });

  it("by the oldest open ticket's age: descending is oldest first; no open ticket sorts last", () => {
    expect(names("oldest", "descending")).toEqual(["Cedar", "Birch", "alder", "Dogwood"]);
    expect(names("oldest", "ascending")).toEqual(["Birch", "Cedar", "alder", "Dogwood"]);
  });

  it("a click starts names A→Z and numbers largest first, and a second click turns it round", () => {
    const byName = { key: "name", direction: "ascending" } as const;
    expect(nextSort(byName, "open")).toEqual({ key: "open", direction: "descending" });
    expect(nextSort(byName, "name")).toEqual({ key: "name", direction: "descending" });
    expect(nextSort({ key: "open", direction: "descending" }, "open")).toEqual({
      key: "open",
      direction: "ascending",
    });
  });
});
