"use client";

import type { AccountSort, AccountSortKey } from "@/lib/all-accounts/account-sort";
import type { AccountSummaries } from "@/lib/all-accounts/account-summaries";
import type { AccountRef } from "@/lib/all-accounts/contract";
import { statusMeta } from "@/lib/tickets/status";
import { AccountRow } from "./account-row";
import { SortHeader } from "./sort-header";

type Props = {
  accounts: AccountRef[];
  summaries: AccountSummaries;
  sort: AccountSort;
  onSort: (key: AccountSortKey) => void;
  onRetry: (accountID: string) => void;
};

const numberColumns: Array<{ key: Exclude<AccountSortKey, "name">; label: string }> = [
  { key: "open", label: "Open" },
  { key: "new", label: statusMeta.new.label },
  { key: "in-progress", label: statusMeta["in-progress"].label },
  { key: "on-hold", label: statusMeta["on-hold"].label },
  { key: "oldest", label: "Oldest open" },
];

/** Every account with its open tickets by status; the table scrolls in its own box on a phone. */
export function AccountsTable({ accounts, summaries, sort, onSort, onRetry }: Props) {
  return (
    // `relative`: the cells' screen-reader text (absolutely placed) stays inside the scroll box
    // rather than widening the page on a phone.
    <div className="relative overflow-x-auto rounded-lg border border-line bg-surface">
      <table className="w-full min-w-[46rem] border-collapse text-left">
        <caption className="sr-only">Open tickets per account</caption>
        <thead className="border-b border-line bg-surface-muted text-xs text-ink-muted">
          <tr>
            <SortHeader label="Account" sortKey="name" sort={sort} onSort={onSort} />
            {numberColumns.map((column) => (
              <SortHeader
                key={column.key}
                label={column.label}
                sortKey={column.key}
                sort={sort}
                onSort={onSort}
                numeric
              />
            ))}
            <th scope="col" className="px-3 py-2">
              <span className="sr-only">Links</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {accounts.map((account) => (
            <AccountRow
              key={account.accountID}
              account={account}
              result={summaries.results[account.accountID]}
              onRetry={onRetry}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}
