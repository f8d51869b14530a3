import Link from "next/link";
import { accountName } from "@/components/all-accounts/merged-queue/account-name";
import { StatusBadge } from "@/components/tickets/status-badge";
import { type AccountRef, type MergedRow, waitingSince } from "@/lib/all-accounts/contract";
import { ticketPath } from "@/lib/auth/paths";

type Props = { waiting: MergedRow[]; accounts: AccountRef[]; showAccount: boolean };

const dayMs = 24 * 60 * 60 * 1000;
const since = new Intl.DateTimeFormat("en", {
  dateStyle: "medium",
  timeStyle: "short",
  timeZone: "UTC",
});

/** "12 days" from a wait in milliseconds; under a day reads "under a day". */
function waited(ms: number): string {
  const days = Math.floor(ms / dayMs);
  return days < 1 ? "under a day" : `${days} day${days === 1 ? "" : "s"}`;
}

/**
 * The open tickets waiting longest (since their latest message, or their
 * creation), each a link to its page: the queue's "waiting longest" order.
 */
export function WaitingList({ waiting, accounts, showAccount }: Props) {
  const names = new Map(accounts.map((account) => [account.accountID, account]));
  const now = Date.now();
  return (
    <section
      aria-labelledby="waiting-heading"
      className="rounded-lg border border-line bg-surface p-4"
    >
      <h2 id="waiting-heading" className="font-semibold">
        Longest waiting
      </h2>
      {waiting.length === 0 ? (
        <p className="mt-2 text-sm text-ink-muted">No open tickets.</p>
      ) : (
        <ol className="mt-2 flex flex-col divide-y divide-line">
          {waiting.map((row) => {
            const account = names.get(row.accountID);
            const at = waitingSince(row);
            return (
              <li
                key={`${row.accountID}/${row.ticketID}`}
                className="flex flex-wrap items-center gap-x-3 gap-y-1 py-2 text-sm"
              >
                <Link
                  href={ticketPath(row.accountID, row.ticketID)}
                  className="min-w-0 font-medium text-accent underline-offset-2 hover:underline"
                >
                  #{row.number} {row.title}
                </Link>
                <StatusBadge status={row.status} />
                {showAccount && account ? (
                  <span className="text-ink-muted">{accountName(account)}</span>
                ) : null}
                <span className="ml-auto text-ink-muted">
                  waiting{" "}
                  <time dateTime={at} title={`Since ${since.format(Date.parse(at))} UTC`}>
                    {waited(now - Date.parse(at))}
                  </time>
                </span>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
