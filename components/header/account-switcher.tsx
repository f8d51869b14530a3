"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from "react";
import { buttonVariants } from "@/components/ui/button";
import { Check, ChevronsUpDown } from "@/components/ui/icons";
import { SearchField } from "@/components/ui/search-field";
import { accountMatches } from "@/lib/all-accounts/account-search";
import { summaryOf } from "@/lib/all-accounts/account-summaries";
import {
  prefetchAccountSummaries,
  useAccountSummaries,
} from "@/lib/all-accounts/use-account-summaries";
import type { ActingAccount } from "@/lib/auth/agent";
import { authRoutes, ticketsPath } from "@/lib/auth/paths";
import { AllAccountsLinks } from "./all-accounts-links";
import { OpenCount } from "./open-count";

type Props = { accounts: ActingAccount[]; currentID?: string };

/** Past this many accounts the list gets a search field. */
const searchableFrom = 7;
/** The panel's width (w-80) and the room it keeps from the screen's edge. */
const panelWidthPx = 320;
const edgePx = 16;

/**
 * The accounts the person may act for. Each entry is a small POST form (the
 * switch changes the session: the account "/" lands on, and its token is
 * minted on the first visit), so a cross-site link can never switch anyone;
 * other tabs keep the accounts they are working. It works without client JS.
 * Open counts come from the accounts summary, read only once the switcher is
 * wanted (hovered, focused or opened): never in the way of the page's first
 * paint, and never waited for to switch.
 */
export function AccountSwitcher({ accounts, currentID }: Props) {
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState("");
  const panelID = useId();
  const root = useRef<HTMLDivElement>(null);
  const trigger = useRef<HTMLButtonElement>(null);
  const queryClient = useQueryClient();
  const summaries = useAccountSummaries({ enabled: open }).data;
  const wanted = () => prefetchAccountSummaries(queryClient);

  // On a narrow screen the panel moves left as far as it must to stay on it.
  const [shift, setShift] = useState(0);
  useLayoutEffect(() => {
    if (!open || !root.current) return;
    const left = root.current.getBoundingClientRect().left;
    setShift(Math.max(0, left + panelWidthPx + edgePx - document.documentElement.clientWidth));
  }, [open]);

  const shown = useMemo(
    () => accounts.filter((account) => accountMatches(account, query)),
    [accounts, query],
  );

  useEffect(() => {
    if (!open) return;
    const close = (event: MouseEvent | KeyboardEvent) => {
      if (event instanceof KeyboardEvent) {
        if (event.key !== "Escape") return;
        trigger.current?.focus();
      } else if (root.current?.contains(event.target as Node)) {
        return;
      }
      setOpen(false);
    };
    document.addEventListener("mousedown", close);
    document.addEventListener("keydown", close);
    return () => {
      document.removeEventListener("mousedown", close);
      document.removeEventListener("keydown", close);
    };
  }, [open]);

  if (accounts.length < 2) return null;

  return (
    <div ref={root} className="relative">
      <button
        ref={trigger}
        type="button"
        className={buttonVariants({ size: "sm" })}
        aria-expanded={open}
        aria-controls={panelID}
        onClick={() => setOpen((value) => !value)}
        onPointerEnter={wanted}
        onFocus={wanted}
      >
        Switch account
        <ChevronsUpDown className="size-4 text-ink-muted" />
      </button>
      {open ? (
        <nav
          id={panelID}
          aria-label="Accounts you act for"
          style={{ left: -shift }}
          className="absolute z-20 mt-2 w-80 max-w-[calc(100vw-2rem)] rounded-lg border border-line bg-surface p-2 shadow-lg"
        >
          <AllAccountsLinks
            wording="long"
            className="mb-2 border-b border-line pb-2"
            linkClassName="flex w-full items-center gap-2 rounded-md px-2 py-2 text-sm font-medium text-ink hover:bg-surface-muted aria-[current=page]:bg-surface-muted"
          />
          {accounts.length >= searchableFrom ? (
            <SearchField
              label="Search accounts"
              value={query}
              onChange={setQuery}
              className="mb-2"
              autoFocus
            />
          ) : null}
          <ul className="max-h-80 overflow-y-auto">
            {shown.map((account) => {
              const current = account.accountID === currentID;
              return (
                <li key={account.accountID}>
                  <form method="post" action={authRoutes.switchAccount}>
                    <input type="hidden" name="accountID" value={account.accountID} />
                    <input type="hidden" name="next" value={ticketsPath(account.accountID)} />
                    <button
                      type="submit"
                      aria-current={current ? "page" : undefined}
                      className="flex w-full items-start gap-2 rounded-md px-2 py-2 text-left text-sm text-ink hover:bg-surface-muted"
                    >
                      <Check
                        className={
                          current ? "mt-0.5 size-4 text-accent" : "mt-0.5 size-4 opacity-0"
                        }
                      />
                      <span className="min-w-0">
                        <span className="block truncate font-medium">{account.displayName}</span>
                        {account.via ? (
                          <span className="block truncate text-xs text-ink-muted">
                            via {account.via.displayName}
                          </span>
                        ) : null}
                      </span>
                      <OpenCount summary={summaryOf(summaries, account.accountID)} />
                    </button>
                  </form>
                </li>
              );
            })}
            {shown.length === 0 ? (
              <li className="px-2 py-2 text-sm text-ink-muted">No account matches “{query}”.</li>
            ) : null}
          </ul>
        </nav>
      ) : null}
    </div>
  );
}
