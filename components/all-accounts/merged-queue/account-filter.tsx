"use client";

import { useEffect, useId, useRef, useState } from "react";
import { ChevronDown } from "@/components/ui/icons";
import { SearchField } from "@/components/ui/search-field";
import { accountMatches } from "@/lib/all-accounts/account-search";
import type { AccountRef } from "@/lib/all-accounts/contract";

type Props = {
  accounts: AccountRef[];
  selected: string[];
  onChange: (next: string[]) => void;
};

/**
 * Which accounts the queue shows: a disclosure with a search field and a
 * checkbox per account, so it stays usable with hundreds of them. None
 * checked means every account.
 */
export function AccountFilter({ accounts, selected, onChange }: Props) {
  const [open, setOpen] = useState(false);
  const [search, setSearch] = useState("");
  const panelID = useId();
  const root = useRef<HTMLDivElement>(null);
  // A click anywhere else closes the panel, as a menu would; nothing is lost, each tick applies at once.
  useEffect(() => {
    if (!open) return;
    const closeOutside = (event: PointerEvent) => {
      if (event.target instanceof Node && !root.current?.contains(event.target)) setOpen(false);
    };
    document.addEventListener("pointerdown", closeOutside);
    return () => document.removeEventListener("pointerdown", closeOutside);
  }, [open]);
  const chosen = new Set(selected);
  const shown = accounts.filter((account) => accountMatches(account, search));
  const toggle = (accountID: string) =>
    onChange(
      chosen.has(accountID)
        ? selected.filter((id) => id !== accountID)
        : [...selected, accountID].sort(),
    );

  return (
    // On a phone the open panel takes its own full-width line instead of hanging off the screen.
    <div ref={root} className={`relative flex flex-col gap-1 ${open ? "max-sm:basis-full" : ""}`}>
      <span className="text-xs font-medium text-ink-muted" aria-hidden="true">
        Accounts
      </span>
      <button
        type="button"
        aria-expanded={open}
        aria-controls={panelID}
        onClick={() => setOpen(!open)}
        className="inline-flex h-8 items-center gap-1.5 rounded-md border border-line bg-surface px-2.5 text-sm text-ink hover:bg-surface-muted"
      >
        <span className="sr-only">Accounts: </span>
        {selected.length === 0
          ? "All accounts"
          : `${selected.length} of ${accounts.length} accounts`}
        <ChevronDown className="size-3.5" />
      </button>
      {open ? (
        <fieldset
          id={panelID}
          className="z-20 mt-1 flex w-full flex-col gap-2 rounded-lg border border-line bg-surface p-3 shadow-lg sm:absolute sm:top-full sm:left-0 sm:w-[22rem]"
          onKeyDown={(event) => {
            if (event.key === "Escape") setOpen(false);
          }}
        >
          <legend className="sr-only">Show tickets of</legend>
          <SearchField label="Search accounts" value={search} onChange={setSearch} autoFocus />
          <div className="max-h-72 overflow-y-auto">
            {shown.length === 0 ? (
              <p className="px-1 py-2 text-sm text-ink-muted">No account matches “{search}”.</p>
            ) : (
              shown.map((account) => (
                <label
                  key={account.accountID}
                  className="flex cursor-pointer items-start gap-2 rounded px-1 py-1.5 text-sm hover:bg-surface-muted"
                >
                  <input
                    type="checkbox"
                    checked={chosen.has(account.accountID)}
                    onChange={() => toggle(account.accountID)}
                    className="mt-0.5"
                  />
                  <span className="min-w-0">
                    <span className="block break-words">{account.displayName}</span>
                    {account.via ? (
                      <span className="block text-xs text-ink-muted">
                        via {account.via.displayName}
                      </span>
                    ) : null}
                  </span>
                </label>
              ))
            )}
          </div>
          <div className="flex justify-between gap-2 border-t border-line pt-2">
            <button
              type="button"
              onClick={() => onChange([])}
              className="text-sm text-ink underline-offset-2 hover:underline"
            >
              Show all accounts
            </button>
            <button
              type="button"
              onClick={() => setOpen(false)}
              className="text-sm text-ink underline-offset-2 hover:underline"
            >
              Done
            </button>
          </div>
        </fieldset>
      ) : null}
    </div>
  );
}
