import { redirect } from "next/navigation";
import { allAccountsPaths } from "@/lib/all-accounts/contract";
import { requireAgent } from "@/lib/auth/agent";
import { ticketsPath } from "@/lib/auth/paths";
import { actingAccountsOrNone } from "./acting-accounts";

/**
 * Home, where sign-in lands: for a person who acts for several accounts, the
 * queue of all of them, until they pick one account in the switcher (the
 * session keeps that choice, and home follows it). For everyone else, and
 * when Moov cannot list the accounts right now, the current account's queue.
 */
export default async function HomePage() {
  const agent = await requireAgent();
  const accounts = await actingAccountsOrNone();
  // The first account is where every session starts (a partner's own, or the first listed).
  const stillAtStart = accounts[0]?.accountID === agent.accountID;
  if (accounts.length > 1 && stillAtStart) redirect(allAccountsPaths.queue);
  redirect(ticketsPath(agent.accountID));
}
