import { accountName } from "@/components/all-accounts/merged-queue/account-name";
import { TriangleAlert } from "@/components/ui/icons";
import type { AccountFailure } from "@/lib/overview/overview";

/**
 * The accounts that could not be read: whose, why and the request ID to
 * quote. The numbers above leave them out, and say so.
 */
export function FailedAccounts({ failed }: { failed: AccountFailure[] }) {
  if (failed.length === 0) return null;
  return (
    <div
      role="alert"
      className="flex flex-col gap-2 rounded-lg border border-danger bg-danger-soft p-3 text-sm text-ink"
    >
      <p className="flex items-center gap-2 font-semibold">
        <TriangleAlert className="size-4 shrink-0 text-danger" />
        {failed.length === 1 ? "1 account" : `${failed.length} accounts`} could not be read; the
        numbers leave {failed.length === 1 ? "it" : "them"} out
      </p>
      <ul className="flex flex-col gap-1">
        {failed.map(({ account, error }) => (
          <li key={account.accountID} data-failed-account={account.accountID}>
            <span className="font-medium">{accountName(account)}</span>: {error.message}
            {error.requestId ? (
              <>
                {" "}
                (request ID <code className="select-all font-mono text-xs">{error.requestId}</code>)
              </>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
