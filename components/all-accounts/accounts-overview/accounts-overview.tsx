"use client";

import { useMemo, useState } from "react";
import { QueueSkeleton } from "@/components/tickets/queue-skeleton";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { SearchField } from "@/components/ui/search-field";
import { accountMatches } from "@/lib/all-accounts/account-search";
import {
  type AccountSort,
  defaultAccountSort,
  nextSort,
  sortAccounts,
} from "@/lib/all-accounts/account-sort";
import {
  useAccountSummaries,
  useRetryAccountSummary,
} from "@/lib/all-accounts/use-account-summaries";
import { toUserError } from "@/lib/errors/user-error";
import { AccountsTable } from "./accounts-table";
import { LoadProgress } from "./load-progress";

/**
 * The accounts page: every account the person acts for with its open tickets
 * by status, rows filling in as accounts answer; sortable by any column,
 * searchable by name, a failed account retried on its own.
 */
export function AccountsOverview() {
  const query = useAccountSummaries();
  const retry = useRetryAccountSummary();
  const [sort, setSort] = useState<AccountSort>(defaultAccountSort);
  const [search, setSearch] = useState("");
  const summaries = query.data;
  const accounts = summaries?.accounts;

  const shown = useMemo(
    () =>
      accounts
        ? sortAccounts(
            accounts.filter((account) => accountMatches(account, search)),
            summaries,
            sort,
          )
        : [],
    [accounts, summaries, search, sort],
  );

  const refetch = () => void query.refetch();
  const failure = query.error ? toUserError(query.error) : null;

  return (
    <section aria-labelledby="accounts-heading" className="flex flex-col gap-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 id="accounts-heading" className="text-2xl font-semibold">
          Accounts
        </h1>
        {accounts && accounts.length > 0 ? (
          <SearchField
            label="Search accounts"
            value={search}
            onChange={setSearch}
            className="w-full sm:w-72"
          />
        ) : null}
      </div>
      {failure ? (
        <ErrorState
          title={accounts ? "Not every account could be read" : "Accounts could not be loaded"}
          error={failure}
          onRetry={refetch}
          retrying={query.isFetching}
        />
      ) : null}
      {!summaries || !accounts ? (
        failure ? null : (
          <QueueSkeleton label="Loading accounts…" />
        )
      ) : accounts.length === 0 ? (
        <EmptyState title="No accounts to show">You do not act for any account.</EmptyState>
      ) : (
        <>
          <LoadProgress summaries={summaries} refreshing={query.isFetching} onRefresh={refetch} />
          {shown.length === 0 ? (
            <EmptyState title="No account matches">
              No account’s name matches “{search}”.
            </EmptyState>
          ) : (
            <AccountsTable
              accounts={shown}
              summaries={summaries}
              sort={sort}
              onSort={(key) => setSort((current) => nextSort(current, key))}
              onRetry={(accountID) => void retry(accountID)}
            />
          )}
        </>
      )}
    </section>
  );
}
