"use client";

import { Button } from "@/components/ui/button";
import { RefreshCw, TriangleAlert } from "@/components/ui/icons";
import { RequestId } from "@/components/ui/request-id";
import type { AccountRef, MergedFilters } from "@/lib/all-accounts/contract";
import type { AccountFailure } from "@/lib/all-accounts/merged-page-state";
import { useRetryAccount } from "@/lib/all-accounts/use-retry-account";
import { accountName } from "./account-name";

type Props = {
  failure: AccountFailure;
  account: AccountRef | undefined;
  filters: MergedFilters;
  cursor: string | undefined;
};

/**
 * One account that could not be read for this page: whose, why, the request
 * ID to quote, and Try again, which reads that account alone and adds its
 * tickets where they belong. The other accounts' tickets stay as they are.
 */
export function AccountFailureNotice({ failure, account, filters, cursor }: Props) {
  const retry = useRetryAccount(filters, cursor, failure.accountID);
  const name = account ? accountName(account) : `Account ${failure.accountID}`;
  return (
    <div
      role="alert"
      className="flex flex-col gap-2 rounded-lg border border-danger bg-danger-soft p-3 text-sm text-ink"
      data-failed-account={failure.accountID}
      data-error-code={failure.error.code}
    >
      <p className="flex items-center gap-2 font-semibold">
        <TriangleAlert className="size-4 shrink-0 text-danger" />
        Tickets of {name} could not be loaded
      </p>
      <p>{failure.error.message}</p>
      <RequestId id={failure.error.requestId} />
      <div>
        <Button
          size="sm"
          onClick={() => retry.mutate()}
          disabled={retry.isPending}
          aria-label={`Try again: ${account?.displayName ?? failure.accountID}`}
        >
          <RefreshCw className="size-3.5" />
          {retry.isPending ? "Trying again…" : "Try again"}
        </Button>
      </div>
    </div>
  );
}
