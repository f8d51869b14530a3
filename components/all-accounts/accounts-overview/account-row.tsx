"use client";

import Link from "next/link";
import { Button } from "@/components/ui/button";
import { ListFilter, RefreshCw } from "@/components/ui/icons";
import { RequestId } from "@/components/ui/request-id";
import { Skeleton } from "@/components/ui/skeleton";
import type { AccountResult } from "@/lib/all-accounts/account-summaries";
import { type AccountRef, allAccountsPaths, mergedSearch } from "@/lib/all-accounts/contract";
import { ticketsPath } from "@/lib/auth/paths";
import { defaultStatusFilter } from "@/lib/tickets/status";
import { OldestAge } from "./oldest-age";

type Props = {
  account: AccountRef;
  result: AccountResult | undefined;
  onRetry: (accountID: string) => void;
};

const countCell = "px-3 py-2 text-right tabular-nums";

/** The all-accounts queue showing this account's tickets alone. */
const filteredQueue = (accountID: string) =>
  `${allAccountsPaths.queue}${mergedSearch({ status: defaultStatusFilter, sort: "newest", accounts: [accountID] })}`;

/** One account: its open tickets by status, or why they could not be read, and where to work them. */
export function AccountRow({ account, result, onRetry }: Props) {
  return (
    <tr className="border-b border-line last:border-b-0 hover:bg-surface-muted">
      <th scope="row" className="max-w-xs px-3 py-2 text-left font-medium">
        <Link
          href={ticketsPath(account.accountID)}
          className="break-words text-ink underline-offset-2 hover:underline"
        >
          {account.displayName}
        </Link>
        {account.via ? (
          <span className="block text-xs font-normal text-ink-muted">
            via {account.via.displayName}
          </span>
        ) : null}
      </th>
      <Numbers result={result} account={account} onRetry={onRetry} />
      <td className="px-3 py-2 text-right">
        <Link
          href={filteredQueue(account.accountID)}
          className="inline-flex items-center gap-1 whitespace-nowrap text-sm text-ink underline-offset-2 hover:underline"
        >
          <ListFilter className="size-3.5" />
          In all tickets<span className="sr-only"> ({account.displayName})</span>
        </Link>
      </td>
    </tr>
  );
}

function Numbers({ result, account, onRetry }: Props) {
  if (!result) {
    return (
      <>
        <td className={countCell}>
          <span className="sr-only">Loading…</span>
          <Skeleton className="ml-auto h-4 w-8" />
        </td>
        {["new", "in-progress", "on-hold", "oldest"].map((column) => (
          <td key={column} className={countCell}>
            <Skeleton className="ml-auto h-4 w-8" />
          </td>
        ))}
      </>
    );
  }
  if (result.kind !== "summary") {
    const retrying = result.kind === "retrying";
    return (
      <td colSpan={5} className="px-3 py-2 text-sm" data-error-code={result.error.code}>
        <div className="flex flex-col gap-1">
          <p className="text-danger">{result.error.message}</p>
          <RequestId id={result.error.requestId} />
          <div>
            <Button size="sm" disabled={retrying} onClick={() => onRetry(account.accountID)}>
              <RefreshCw className="size-3.5" />
              {retrying ? "Trying again…" : "Try again"}
              <span className="sr-only"> ({account.displayName})</span>
            </Button>
          </div>
        </div>
      </td>
    );
  }
  const { summary } = result;
  return (
    <>
      <td className={`${countCell} font-semibold`}>{summary.open}</td>
      <td className={countCell}>{summary.new}</td>
      <td className={countCell}>{summary["in-progress"]}</td>
      <td className={countCell}>{summary["on-hold"]}</td>
      <td className={countCell}>
        <OldestAge createdOn={summary.oldestOpenCreatedOn} />
      </td>
    </>
  );
}
