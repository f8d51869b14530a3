/**
 * The Moov calls a cold view of the merged queue needs per account, worked
 * out from the emulator's data rather than from the app: "open, newest first"
 * is filtered in the app, so an account needs as many list pages as it takes
 * to find a merged page's worth of open tickets (or to reach its last
 * ticket), at most the app's page cap. Read with each account's own key pair
 * before the run's upstream latency is added.
 */
import { mergedPageSize } from "../../../lib/all-accounts/contract";
import { maxPagesPerAccount } from "../../../lib/all-accounts/server/account-reads";
import { ticketPageSize } from "../../../lib/tickets/paging";
import { type EmulatorAPI, eachLimited, KeyPairClient } from "../emulator-api";

export type NeededCalls = Map<string, number>;

export async function listPagesNeeded(
  emulator: EmulatorAPI,
  partnerID: string,
): Promise<NeededCalls> {
  const seedInfo = await emulator.seedInfo();
  const partner = seedInfo.find((account) => account.accountID === partnerID);
  const inBook = new Set([partnerID, ...(partner?.connectedAccountIDs ?? [])]);
  const accounts = seedInfo.filter((account) => inBook.has(account.accountID));
  const needed: NeededCalls = new Map();
  await eachLimited(accounts, 8, async (account) => {
    const keys = account.apiKeys[0];
    if (!keys) throw new Error(`no key pair for ${account.accountID}`);
    const page = await new KeyPairClient(emulator.url, keys).listPage(account.accountID, {
      count: String(maxPagesPerAccount * ticketPageSize),
    });
    needed.set(account.accountID, pagesFor(page.items, Boolean(page.nextPage)));
  });
  return needed;
}

function pagesFor(newestFirst: ReadonlyArray<{ status: string }>, more: boolean): number {
  let open = 0;
  for (const [index, ticket] of newestFirst.entries()) {
    if (ticket.status !== "closed") open += 1;
    if (open === mergedPageSize) return Math.ceil((index + 1) / ticketPageSize);
  }
  if (more) return maxPagesPerAccount;
  return Math.max(1, Math.ceil(newestFirst.length / ticketPageSize));
}

/** "199 × 1, 2 × 2" */
export function describeNeeds(needed: NeededCalls, accounts: readonly string[]): string {
  const byPages = new Map<number, number>();
  for (const accountID of accounts) {
    const pages = needed.get(accountID) ?? Number.NaN;
    byPages.set(pages, (byPages.get(pages) ?? 0) + 1);
  }
  return [...byPages]
    .sort(([a], [b]) => a - b)
    .map(([pages, count]) => `${count} × ${pages}`)
    .join(", ");
}

export const totalNeeded = (needed: NeededCalls, accounts: readonly string[]) =>
  accounts.reduce((sum, accountID) => sum + (needed.get(accountID) ?? Number.NaN), 0);
