import type { AccountSummary } from "@/lib/all-accounts/contract";
import { statusMeta } from "@/lib/tickets/status";

/** "12 open: 5 new, 4 in progress, 3 on hold", as a screen reader hears a switcher entry's count. */
export function openCountText(summary: AccountSummary): string {
  const parts = (["new", "in-progress", "on-hold"] as const).map(
    (status) => `${summary[status]} ${statusMeta[status].label.toLowerCase()}`,
  );
  return `${summary.open} open: ${parts.join(", ")}`;
}

/** An account's open tickets in the switcher: the number seen, the breakdown heard. */
export function OpenCount({ summary }: { summary: AccountSummary | undefined }) {
  if (!summary) return null;
  const text = openCountText(summary);
  return (
    <span className="ml-auto shrink-0 self-center">
      <span
        aria-hidden="true"
        title={text}
        className="rounded-full bg-surface-muted px-2 py-0.5 text-xs font-medium tabular-nums text-ink"
      >
        {summary.open}
      </span>
      <span className="sr-only">, {text}</span>
    </span>
  );
}
