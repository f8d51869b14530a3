import type { ReactNode } from "react";
import { AppHeader } from "@/components/header/app-header";
import { MoovOutageBanner } from "@/components/tickets/moov-outage-banner";
import { requireAgent } from "@/lib/auth/agent";
import { actingAccountsOrNone } from "./acting-accounts";
import { WithWaitingThresholds } from "./waiting-thresholds";

/**
 * The frame of the views across every account (/tickets, /accounts): the
 * header says "All accounts", and the switcher lists every account. If Moov
 * cannot name the accounts right now the header still renders, without them.
 */
export async function AllAccountsFrame({ children }: { children: ReactNode }) {
  const agent = await requireAgent();
  const accounts = await actingAccountsOrNone();
  return (
    <div className="flex min-h-screen flex-col">
      <AppHeader agent={agent} accounts={accounts} current={null} />
      <main className="mx-auto w-full max-w-6xl flex-1 px-4 py-6">
        <MoovOutageBanner />
        <WithWaitingThresholds>{children}</WithWaitingThresholds>
      </main>
    </div>
  );
}
