import Link from "next/link";
import { LiveUpdates } from "@/components/live/live-updates";
import { allAccountsPaths } from "@/lib/all-accounts/contract";
import type { ActingAccount, AgentSession } from "@/lib/auth/agent";
import { ticketsPath } from "@/lib/auth/paths";
import { AccountSwitcher } from "./account-switcher";
import { ActingFor } from "./acting-for";
import { SignedInPerson } from "./signed-in-person";

/** `current`: the account on screen, or null on the views across all accounts. */
type Props = { agent: AgentSession; accounts: ActingAccount[]; current: ActingAccount | null };

/** Product name, whose tickets are on screen, the account switcher, and the signed-in person. */
export function AppHeader({ agent, accounts, current }: Props) {
  return (
    <header className="border-b border-line bg-surface">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link
          href={current ? ticketsPath(current.accountID) : allAccountsPaths.queue}
          className="font-semibold text-ink"
        >
          Support Desk
        </Link>
        <div className="flex min-w-0 flex-1 items-center gap-3">
          <ActingFor account={current} />
          <AccountSwitcher accounts={accounts} currentID={current?.accountID} />
        </div>
        <LiveUpdates />
        <SignedInPerson agent={agent} />
      </div>
    </header>
  );
}
