"use client";

import Link from "next/link";
import { KeyboardShortcuts, ShortcutsButton } from "@/components/keyboard/keyboard-shortcuts";
import { LiveUpdates } from "@/components/live/live-updates";
import { buttonVariants } from "@/components/ui/button";
import { allAccountsPaths } from "@/lib/all-accounts/contract";
import type { ActingAccount, AgentSession } from "@/lib/auth/agent";
import { ticketsPath } from "@/lib/auth/paths";
import { AccountSwitcher } from "./account-switcher";
import { ActingFor } from "./acting-for";
import { AllAccountsLinks, BackToAllAccounts } from "./all-accounts-links";
import { HeaderMenu } from "./header-menu";
import { SignedInPerson } from "./signed-in-person";

/** `current`: the account on screen, or null on the views across all accounts. */
type Props = { agent: AgentSession; accounts: ActingAccount[]; current: ActingAccount | null };

const linkLook = buttonVariants({ variant: "ghost", size: "sm" });
const tabLook = `${linkLook} aria-[current=page]:bg-surface-muted aria-[current=page]:text-ink`;

/**
 * Product name, whose tickets are on screen, the account switcher, and the
 * signed-in person. Someone who acts for several accounts also gets the way
 * across them: back to all accounts from an account's pages, or between the
 * all-accounts queue and the overview. Below 640 px everything but the name,
 * whose tickets and the live status goes into the Menu (the same controls,
 * rendered there instead of in the row). It also holds the page-wide
 * keyboard shortcuts.
 *
 * A client component, though it has no state of its own: every page's RSC
 * payload then carries its props (the person and the accounts, which the
 * switcher needs anyway) instead of its whole tree of elements and classes,
 * which the server serialized, parsed and inlined again on each request.
 */
export function AppHeader({ agent, accounts, current }: Props) {
  const severalAccounts = accounts.length > 1;
  const ways = (
    <>
      {severalAccounts && !current ? (
        <nav aria-label="All-accounts views">
          <AllAccountsLinks wording="short" className="flex gap-1" linkClassName={tabLook} />
        </nav>
      ) : null}
      <AccountSwitcher accounts={accounts} currentID={current?.accountID} />
      {severalAccounts && current ? <BackToAllAccounts className={linkLook} /> : null}
    </>
  );
  // "g i" on the views across every account: the session's account, where home goes.
  const queueAccount = current ??
    accounts.find((account) => account.accountID === agent.accountID) ?? {
      accountID: agent.accountID,
    };
  return (
    <header className="border-b border-line bg-surface">
      <KeyboardShortcuts queueAccount={queueAccount} severalAccounts={severalAccounts}>
        <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-3 gap-y-2 px-4 py-3 sm:gap-x-6">
          <Link
            href={current ? ticketsPath(current.accountID) : allAccountsPaths.queue}
            className="font-semibold text-ink"
          >
            Support Desk
          </Link>
          {/* Whose tickets, and the ways to other accounts, get a row of their own (last on
              screen, second for screen readers) so a long name never squeezes them. */}
          <div className="order-last flex min-w-0 basis-full flex-wrap items-center gap-x-3 gap-y-2">
            <ActingFor account={current} />
            <div className="hidden sm:contents">{ways}</div>
          </div>
          <div className="ml-auto flex items-center gap-x-6">
            <LiveUpdates />
            <div className="hidden sm:contents">
              <ShortcutsButton inRow />
              <SignedInPerson agent={agent} />
            </div>
          </div>
          <HeaderMenu>
            <div className="flex flex-col items-start gap-3">
              {ways}
              <ShortcutsButton />
            </div>
            <div className="mt-3 border-t border-line pt-3">
              <SignedInPerson agent={agent} inMenu />
            </div>
          </HeaderMenu>
        </div>
      </KeyboardShortcuts>
    </header>
  );
}
