import { expect, type Page, type Request } from "@playwright/test";
import { type DemoUserName, demoAccounts, uniqueTag } from "../fixtures";
import type { EmulatorAdmin, EmulatorTicket, SeedAccount } from "../fixtures/emulator-admin";
import { apiPaths, paths } from "./paths";

/**
 * Who the ticket specs run as: an account agent on its own account, and a
 * partner agent acting for one of its connected merchants.
 */
export const ticketAgents = [
  { user: "agent-bluebird", accountID: demoAccounts.bluebird.accountID },
  { user: "partner-harbor", accountID: demoAccounts.cedar.accountID },
] as const satisfies ReadonlyArray<{ user: DemoUserName; accountID: string }>;

/** A ticket this test alone owns: its title and foreignID carry a unique tag. */
export async function ownTicket(
  emulator: EmulatorAdmin,
  accountID: string,
  overrides: Partial<{ title: string; body: string; contactName: string; foreignID: string }> = {},
): Promise<EmulatorTicket> {
  const tag = uniqueTag("tk");
  return emulator.createTicket(accountID, {
    title: overrides.title ?? `Payout delayed ${tag}`,
    body: overrides.body ?? "Our payout did not arrive.\nCan you check?",
    contact: { email: `${tag}@example.com`, name: overrides.contactName ?? "Ada Lovelace" },
    foreignID: overrides.foreignID ?? tag,
  });
}

/**
 * Tickets sharing one new foreignID: the queue looked up by it shows only this
 * test's tickets, however many other tests are creating at the same time.
 */
export async function ownTickets(emulator: EmulatorAdmin, accountID: string, count: number) {
  const foreignID = uniqueTag("set");
  const tickets: EmulatorTicket[] = [];
  for (let n = 0; n < count; n++) tickets.push(await ownTicket(emulator, accountID, { foreignID }));
  return { foreignID, tickets };
}

/**
 * A new merchant connected to Harbor, so faults and writes on its paths concern
 * this test alone. Sign in as partner-harbor afterwards (signIn()), so the
 * session's directory knows the account.
 */
export function freshMerchantAccount(emulator: EmulatorAdmin): Promise<SeedAccount> {
  return emulator.createAccount({
    displayName: `Fresh ${uniqueTag("acct")}`,
    connectedTo: demoAccounts.harbor.accountID,
  });
}

/** The ID of a fresh merchant of Harbor (see freshMerchantAccount). */
export async function freshMerchantOfHarbor(emulator: EmulatorAdmin): Promise<string> {
  return (await freshMerchantAccount(emulator)).accountID;
}

/**
 * Cuts this page off from live updates, for a test of what happens when the
 * screen is behind Moov (a dropped event stream): without this, the live
 * update would correct the screen before the test could act on stale data.
 */
export async function withoutLiveUpdates(page: Page): Promise<void> {
  await page.route("**/api/events", (route) => route.abort());
}

/** Requests the browser sent that a test keeps from the app until it lets them go. */
export type HeldRequests = {
  /** Waits until the browser has sent a matching request (which is now being held). */
  arrival(options?: { timeout?: number }): Promise<void>;
  /** How many matching requests the browser has sent since the hold began. */
  count(): number;
  /** Lets every held request (and every later one) through. */
  release(): Promise<void>;
};

async function hold(
  page: Page,
  /** The path held, or a pattern of paths. */
  pathname: string | RegExp,
  matches: (request: Request) => boolean,
): Promise<HeldRequests> {
  const waiting: Array<() => void> = [];
  let seen = 0;
  let released = false;
  const matchesURL = (url: URL) =>
    typeof pathname === "string" ? url.pathname === pathname : pathname.test(url.pathname);
  await page.route(matchesURL, async (route) => {
    if (!matches(route.request())) return route.fallback();
    seen += 1;
    if (!released) await new Promise<void>((resolve) => waiting.push(resolve));
    // The page may be gone by the time a test lets go; nothing is left to answer then.
    await route.fallback().catch(() => undefined);
  });
  return {
    async arrival(options = {}) {
      await expect
        .poll(() => seen, { ...options, message: `the browser sends a request to ${pathname}` })
        .toBeGreaterThan(0);
    },
    count: () => seen,
    async release() {
      released = true;
      for (const resolve of waiting.splice(0)) resolve();
      await page.unroute(matchesURL);
    },
  };
}

/**
 * Holds the close (the server action the page posts to its own address) before
 * it reaches the app: while held, the app has not called Moov, let alone answered.
 */
export function holdCloses(page: Page, pagePath: string): Promise<HeldRequests> {
  return hold(
    page,
    pagePath,
    (request) => request.method() === "POST" && request.headers()["next-action"] !== undefined,
  );
}

/** Holds the browser's reads of one ticket (the refetch after a close, a live update's read). */
export function holdTicketReads(
  page: Page,
  accountID: string,
  ticketID: string,
): Promise<HeldRequests> {
  return hold(page, apiPaths.ticket(accountID, ticketID), (request) => request.method() === "GET");
}

/** Holds the browser's own reads of an account's ticket list (the server's reads are Moov's). */
export function holdListReads(page: Page, accountID: string): Promise<HeldRequests> {
  return hold(page, paths.ticketsAPI(accountID), (request) => request.method() === "GET");
}

/** Holds the page's scripts (Next's chunks): what shows is the server's HTML until they are let go. */
export function holdPageScripts(page: Page): Promise<HeldRequests> {
  return hold(page, /^\/_next\/static\/chunks\/.+\.js$/, () => true);
}

/** Server actions the page sends from now on (a form's submit, a close). */
export function actionsSent(page: Page): { count(): number } {
  let sent = 0;
  page.on("request", (request) => {
    if (request.method() === "POST" && request.headers()["next-action"] !== undefined) sent += 1;
  });
  return { count: () => sent };
}
