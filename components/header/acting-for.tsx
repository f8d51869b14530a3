import type { ActingAccount } from "@/lib/auth/agent";

/**
 * Says whose tickets are on screen: "Acting for Quayside Books · via Harbor
 * Platform", or "All accounts" on the views across every account.
 */
export function ActingFor({ account }: { account: ActingAccount | null }) {
  if (!account) {
    return (
      <p className="min-w-0 truncate text-sm text-ink" data-testid="acting-for">
        <strong className="font-semibold">All accounts</strong>
      </p>
    );
  }
  return (
    <p className="min-w-0 truncate text-sm text-ink" data-testid="acting-for">
      <span className="text-ink-muted">Acting for </span>
      <strong className="font-semibold">{account.displayName}</strong>
      {account.via ? (
        <span className="text-ink-muted">
          {" · via "}
          <span className="font-medium text-ink">{account.via.displayName}</span>
        </span>
      ) : null}
    </p>
  );
}
