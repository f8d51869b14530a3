import type { Metadata } from "next";
import { MergedQueueClient } from "@/components/all-accounts/merged-queue/merged-queue-client";
import { actingAccountsOrNone } from "../acting-accounts";

export const metadata: Metadata = { title: "All tickets" };

/**
 * Every ticket of every account the person acts for. Nothing is prefetched:
 * the browser streams each page as the accounts answer. The account names
 * (for the account filter) come from the request's cached list, which the
 * frame has just read for the header.
 */
export default async function AllTicketsPage() {
  return <MergedQueueClient accounts={await actingAccountsOrNone()} />;
}
