import "server-only";
import type { MergedRow } from "@/lib/all-accounts/contract";
import { openTickets } from "@/lib/all-accounts/server/account-reads";
import { viewOf } from "@/lib/all-accounts/server/queue-route";
import { AccessDeniedError } from "@/lib/auth/agent";
import { forEachBounded } from "@/lib/bounded";
import { env } from "@/lib/env";
import { describeFailure } from "@/lib/tickets/server/describe-failure";
import {
  ageDistribution,
  longestWaiting,
  openByAccount,
  openByStatus,
  openedVsClosed,
  openStatuses,
} from "../aggregate";
import type { AccountFailure, Overview } from "../overview";
import { windowStart } from "../weeks";
import { recentTickets } from "./recent-tickets";

/**
 * The overview of every account the person acts for, or of `accountID`
 * alone. Permission first: the accounts come from the person's own list,
 * checked in this request, and only then are their lists read, through the
 * same per-account cache as the queues (account-page-reader.ts). An account
 * that fails is named with its reason; the others still count.
 */
export async function readOverview(accountID?: string): Promise<Overview> {
  const view = await viewOf({ accounts: accountID ? [accountID] : [] });
  if (accountID && view.accounts.length === 0) throw new AccessDeniedError();
  const now = Date.now();
  const since = windowStart(now);
  const open: MergedRow[] = [];
  const recent: MergedRow[] = [];
  const failed: AccountFailure[] = [];
  let readAt = now;
  await forEachBounded(view.accounts, env().ALL_ACCOUNTS_CONCURRENCY, async (account) => {
    const read = view.readPageFor(account.accountID);
    try {
      const [openRead, recentRead] = await Promise.all([
        openTickets(read, openStatuses),
        recentTickets(read, since),
      ]);
      const mine = { accountID: account.accountID };
      open.push(...openRead.tickets.map((ticket) => ({ ...ticket, ...mine })));
      recent.push(...recentRead.tickets.map((ticket) => ({ ...ticket, ...mine })));
      readAt = Math.min(readAt, openRead.readAt, recentRead.readAt);
    } catch (error) {
      failed.push({ account, error: describeFailure(error) });
    }
  });
  return {
    accounts: view.accounts,
    failed,
    readAt: new Date(readAt).toISOString(),
    openTotal: open.length,
    byStatus: openByStatus(open),
    byAccount: openByAccount(open),
    weeks: openedVsClosed(recent, now),
    ages: ageDistribution(open, now),
    waiting: longestWaiting(open),
  };
}
