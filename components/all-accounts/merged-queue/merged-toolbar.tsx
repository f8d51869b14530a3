"use client";

import { ForeignIdSearch } from "@/components/tickets/foreign-id-search";
import { StatusFilter } from "@/components/tickets/status-filter";
import type { AccountRef, MergedFilters } from "@/lib/all-accounts/contract";
import { AccountChips } from "./account-chips";
import { AccountFilter } from "./account-filter";
import { SortSelect } from "./sort-select";

/** The merged queue's filters, all kept in the URL. */
export function MergedToolbar({
  filters,
  accounts,
  onChange,
}: {
  filters: MergedFilters;
  accounts: AccountRef[];
  onChange: (next: MergedFilters) => void;
}) {
  const byID = new Map(accounts.map((account) => [account.accountID, account]));
  const selected = filters.accounts.flatMap((accountID) => {
    const account = byID.get(accountID);
    return account ? [account] : [];
  });
  const setAccounts = (next: string[]) => onChange({ ...filters, accounts: next });
  return (
    <div className="flex flex-col gap-3">
      <StatusFilter
        value={filters.status}
        onChange={(status) => onChange({ ...filters, status })}
      />
      <div className="flex flex-wrap items-end gap-3">
        <SortSelect value={filters.sort} onChange={(sort) => onChange({ ...filters, sort })} />
        <AccountFilter accounts={accounts} selected={filters.accounts} onChange={setAccounts} />
        <ForeignIdSearch
          value={filters.foreignID}
          onChange={(foreignID) => onChange({ ...filters, foreignID })}
        />
      </div>
      <AccountChips
        selected={selected}
        onRemove={(accountID) => setAccounts(filters.accounts.filter((id) => id !== accountID))}
      />
    </div>
  );
}
