import type { Metadata } from "next";
import { MergedQueueClient } from "@/components/all-accounts/merged-queue/merged-queue-client";
import { type ActingAccount, listActingAccounts } from "@/lib/auth/agent";

export const metadata: Metadata = { title: "All tickets" };

/**
 * Every ticket of every account the person acts for. Nothing is prefetched:
 * the browser streams each page as the accounts answer. The account names
 * (for the account filter) come from the request's cached list, which the
 * frame has just read for the header.
 */
export default async function AllTicketsPage() {
  let accounts: ActingAccount[] = [];
  try {
    accounts = await listActingAccounts();
  } catch {
    // The frame has already said why (or sent the person to sign in); the filter waits for the rows' names.
  }
  return <MergedQueueClient accounts={accounts} />;
}
