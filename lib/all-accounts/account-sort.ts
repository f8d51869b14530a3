import type { AccountSummaries } from "./account-summaries";
import type { AccountRef, AccountSummary } from "./contract";

/** The columns of the accounts page a person may sort by. */
export const accountSortKeys = ["name", "open", "new", "in-progress", "on-hold", "oldest"] as const;
export type AccountSortKey = (typeof accountSortKeys)[number];
export type SortDirection = "ascending" | "descending";
export type AccountSort = { key: AccountSortKey; direction: SortDirection };

export const defaultAccountSort: AccountSort = { key: "name", direction: "ascending" };

/**
 * The direction a column starts in: names A→Z, counts largest first, ages
 * oldest first; what needs attention comes to the top with one click.
 */
export function firstDirection(key: AccountSortKey): SortDirection {
  return key === "name" ? "ascending" : "descending";
}

/** A click on a column's header: the other direction if it is the sorted one, else its first. */
export function nextSort(current: AccountSort, key: AccountSortKey): AccountSort {
  if (current.key !== key) return { key, direction: firstDirection(key) };
  return { key, direction: current.direction === "ascending" ? "descending" : "ascending" };
}

/** The column's value for an account; undefined when there is none (no open ticket's age). */
function columnValue(summary: AccountSummary, key: Exclude<AccountSortKey, "name">) {
  if (key === "oldest") {
    // An earlier creation is a greater age: negate so "descending" means oldest first.
    return summary.oldestOpenCreatedOn === undefined
      ? undefined
      : -Date.parse(summary.oldestOpenCreatedOn);
  }
  return summary[key];
}

const byName = (a: AccountRef, b: AccountRef) =>
  a.displayName.localeCompare(b.displayName) || (a.accountID < b.accountID ? -1 : 1);

/**
 * The accounts in the chosen order. Accounts without numbers yet (loading,
 * failed) and values that do not exist stay at the bottom whichever way the
 * column runs, in name order, so rows arriving do not push known ones around.
 */
export function sortAccounts(
  accounts: readonly AccountRef[],
  summaries: AccountSummaries | undefined,
  sort: AccountSort,
): AccountRef[] {
  const sign = sort.direction === "ascending" ? 1 : -1;
  if (sort.key === "name") return [...accounts].sort((a, b) => sign * byName(a, b));
  const key = sort.key;
  const value = (account: AccountRef) => {
    const result = summaries?.results[account.accountID];
    return result?.kind === "summary" ? columnValue(result.summary, key) : undefined;
  };
  return [...accounts].sort((a, b) => {
    const left = value(a);
    const right = value(b);
    if (left === undefined || right === undefined) {
      if (left !== right) return left === undefined ? 1 : -1;
      return byName(a, b);
    }
    return sign * (left - right) || byName(a, b);
  });
}
