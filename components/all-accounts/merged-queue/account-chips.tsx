"use client";

import { X } from "@/components/ui/icons";
import type { AccountRef } from "@/lib/all-accounts/contract";
import { accountName } from "./account-name";

/** The accounts the queue is narrowed to, each removable on its own. */
export function AccountChips({
  selected,
  onRemove,
}: {
  selected: AccountRef[];
  onRemove: (accountID: string) => void;
}) {
  if (selected.length === 0) return null;
  return (
    <ul aria-label="Accounts shown" className="flex flex-wrap gap-1.5">
      {selected.map((account) => (
        <li
          key={account.accountID}
          className="inline-flex max-w-full items-center gap-1 rounded-full border border-line bg-surface-muted py-0.5 pr-1 pl-2.5 text-sm"
        >
          <span className="truncate">{accountName(account)}</span>
          <button
            type="button"
            onClick={() => onRemove(account.accountID)}
            aria-label={`Remove ${account.displayName}`}
            className="rounded-full p-0.5 text-ink-muted hover:bg-surface hover:text-ink"
          >
            <X className="size-3.5" />
          </button>
        </li>
      ))}
    </ul>
  );
}
