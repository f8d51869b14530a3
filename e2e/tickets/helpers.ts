import type { Page } from "@playwright/test";
import { type DemoUserName, demoAccounts, demoUsers, uniqueTag } from "../fixtures";
import type { EmulatorAdmin, EmulatorTicket } from "../fixtures/emulator-admin";

/**
 * Who the ticket specs run as: an account agent on its own account, and a
 * partner agent acting for one of its connected merchants.
 */
export const ticketAgents = [
  { user: "agent-bluebird", accountID: demoAccounts.bluebird.accountID },
  { user: "partner-harbor", accountID: demoAccounts.cedar.accountID },
] as const satisfies ReadonlyArray<{ user: DemoUserName; accountID: string }>;

export const queuePath = (accountID: string, search = "") =>
  `/accounts/${accountID}/tickets${search}`;
export const ticketPath = (accountID: string, ticketID: string) =>
  `/accounts/${accountID}/tickets/${ticketID}`;

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

/** The queue row of one ticket, found by its foreignID-unique title. */
export const rowOf = (page: Page, ticket: EmulatorTicket) =>
  page.getByRole("row").filter({ hasText: ticket.title });

/** The request ID Moov answered the last matching call with, from the emulator's journal. */
export async function lastRequestID(
  emulator: EmulatorAdmin,
  method: string,
  path: string,
): Promise<string> {
  const entries = (await emulator.journal()).filter(
    (entry) => entry.method === method && entry.path === path,
  );
  const last = entries.at(-1);
  if (!last) throw new Error(`No ${method} ${path} in the emulator's journal`);
  return last.requestID;
}

/** A new merchant connected to Harbor, so a fault on its list path hits this test alone. */
export async function freshMerchantOfHarbor(emulator: EmulatorAdmin): Promise<string> {
  const account = await emulator.createAccount({
    displayName: `Fresh ${uniqueTag("acct")}`,
    connectedTo: demoAccounts.harbor.accountID,
  });
  return account.accountID;
}

/** Signs in through the UI, for tests whose session must see accounts created after the setup ran. */
export async function signInAs(page: Page, name: DemoUserName): Promise<void> {
  const user = demoUsers[name];
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL(/\/accounts\/.+\/tickets/);
}

/**
 * Cuts this page off from live updates, for a test of what happens when the
 * screen is behind Moov (a dropped event stream): without this, the live
 * update would correct the screen before the test could act on stale data.
 */
export async function withoutLiveUpdates(page: Page): Promise<void> {
  await page.route("**/api/events", (route) => route.abort());
}
