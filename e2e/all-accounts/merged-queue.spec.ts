import { demoAccounts, expect, storageStateFor, test, uniqueTag } from "../fixtures";
import type { EmulatorAdmin, EmulatorTicket } from "../fixtures/emulator-admin";
import { paths, urlOf } from "../support/paths";
import { signIn } from "../support/sign-in-page";
import { ownTicket } from "../support/tickets";
import { MergedQueuePage } from "./merged-queue-page";

const { harbor, bluebird, cedar, lumen, quayside, orchard } = demoAccounts;
const everyDemoAccount = [harbor, bluebird, cedar, lumen, quayside, orchard];

/** One ticket in each demo account, all carrying one new foreignID: the set this test owns. */
async function ticketInEveryAccount(emulator: EmulatorAdmin) {
  const foreignID = uniqueTag("merged");
  const tickets = new Map<string, EmulatorTicket>();
  for (const account of everyDemoAccount) {
    tickets.set(
      account.accountID,
      await ownTicket(emulator, account.accountID, {
        foreignID,
        title: `${account.displayName} asks ${foreignID}`,
      }),
    );
  }
  return { foreignID, tickets };
}

const titleIn = (account: { displayName: string }, foreignID: string) => ({
  title: `${account.displayName} asks ${foreignID}`,
});

test.describe("the Harbor partner", () => {
  test.use({ storageState: storageStateFor("partner-harbor") });

  test("sees the tickets of its own account and all four merchants, each row naming its account, never Orchard's", async ({
    page,
    emulator,
  }) => {
    const { foreignID, tickets } = await ticketInEveryAccount(emulator);
    const queue = new MergedQueuePage(page);
    await queue.gotoSet(foreignID);
    await expect(page.getByTestId("acting-for")).toHaveText("All accounts");
    await queue.loaded();

    await expect(queue.rows()).toHaveCount(5);
    await expect(queue.accountCell(titleIn(harbor, foreignID))).toHaveText("Harbor Platform");
    for (const merchant of [bluebird, cedar, lumen, quayside]) {
      await expect(queue.accountCell(titleIn(merchant, foreignID))).toHaveText(
        `${merchant.displayName} · via Harbor Platform`,
      );
    }
    await expect(queue.row(titleIn(orchard, foreignID))).toHaveCount(0);
    // Each row opens the ticket in its own account.
    const quaysideTicket = tickets.get(quayside.accountID);
    await expect(
      queue.row(titleIn(quayside, foreignID)).getByRole("link", { name: /asks/ }),
    ).toHaveAttribute("href", paths.ticket(quayside.accountID, quaysideTicket?.ticketID ?? ""));
  });

  test("filters by status, account and foreign ID, each kept in the URL", async ({
    page,
    emulator,
  }) => {
    const foreignID = uniqueTag("filters");
    const open = await ownTicket(emulator, bluebird.accountID, { foreignID });
    const closed = await ownTicket(emulator, cedar.accountID, { foreignID });
    await emulator.setStaffStatus(closed.ticketID, "closed");
    const elsewhere = await ownTicket(emulator, lumen.accountID, { foreignID: uniqueTag("other") });

    const queue = new MergedQueuePage(page);
    await queue.goto();
    await queue.searchForeignID(foreignID);
    await expect(page).toHaveURL(new RegExp(`[?&]foreignID=${foreignID}`));
    // The default filter is Open: the closed ticket is not there.
    await expect(queue.row(open)).toBeVisible();
    await expect(queue.rows()).toHaveCount(1);
    await expect(queue.row(elsewhere)).toHaveCount(0);

    await queue.filterByStatus("Closed");
    await expect(page).toHaveURL(/[?&]status=closed/);
    await expect(queue.row(closed)).toBeVisible();
    await expect(queue.rows()).toHaveCount(1);

    await queue.filterByStatus("All");
    await expect(queue.rows()).toHaveCount(2);
    await queue.chooseAccount(cedar.displayName);
    await expect(page).toHaveURL(new RegExp(`[?&]account=${cedar.accountID}`));
    await expect(queue.row(closed)).toBeVisible();
    await expect(queue.rows()).toHaveCount(1);
    await expect(queue.chip(cedar.displayName)).toBeVisible();

    await queue
      .chip(cedar.displayName)
      .getByRole("button", { name: `Remove ${cedar.displayName}` })
      .click();
    await expect(queue.rows()).toHaveCount(2);
    expect(new URL(page.url()).searchParams.getAll("account")).toEqual([]);
  });

  test("orders by waiting longest: the ticket whose latest message is oldest comes first", async ({
    page,
    emulator,
  }) => {
    const foreignID = uniqueTag("waiting");
    const older = await ownTicket(emulator, quayside.accountID, { foreignID });
    const newer = await ownTicket(emulator, bluebird.accountID, { foreignID });
    const queue = new MergedQueuePage(page);
    await queue.gotoSet(foreignID);
    await expect.poll(() => queue.titles()).toEqual([newer.title, older.title]);

    await queue.order("Waiting longest");
    await expect(page).toHaveURL(/[?&]sort=waiting/);
    await expect.poll(() => queue.titles()).toEqual([older.title, newer.title]);
    // A staff reply (arriving as a live event) makes the older ticket the one that has waited least.
    await expect(page.getByRole("status").filter({ hasText: /^Live$/ })).toBeVisible();
    await emulator.addStaffMessage(older.ticketID, { author: "Moov Support", body: "On it." });
    await expect.poll(() => queue.titles()).toEqual([newer.title, older.title]);
  });

  test("Load more pages through the merged list with no ticket skipped or repeated", async ({
    page,
    emulator,
  }) => {
    const foreignID = uniqueTag("paging");
    const created: string[] = [];
    // 32 tickets across three accounts, created interleaved: more than a page of 25.
    const accounts = [bluebird, quayside, harbor];
    for (let n = 0; n < 32; n++) {
      const account = accounts[n % accounts.length] ?? bluebird;
      created.push((await ownTicket(emulator, account.accountID, { foreignID })).title);
    }
    const queue = new MergedQueuePage(page);
    await queue.gotoSet(foreignID);
    await expect(queue.rows()).toHaveCount(25);
    await expect(queue.shownCount()).toHaveText("Showing 25 tickets");

    await queue.loadMore().click();
    await expect(queue.shownCount()).toHaveText("Showing 32 tickets · that is all of them");
    await expect(queue.loadMore()).toHaveCount(0);
    // Newest first across the accounts: exactly the tickets created, in reverse order.
    // Read until it holds: the live events of the tickets just created make the first
    // page read again, and the page after it can drop out of the list for a moment
    // meanwhile (a known blink, not yet pinned down; README, All accounts).
    await expect.poll(() => queue.titles()).toEqual([...created].reverse());
  });

  test("says when a link names an account it does not act for", async ({ page }) => {
    const queue = new MergedQueuePage(page);
    await queue.goto(`?account=${orchard.accountID}&account=${bluebird.accountID}`);
    await expect(
      page.getByRole("status").filter({ hasText: "1 account in this link is not one you act for" }),
    ).toBeVisible();
    await expect(queue.chip(bluebird.displayName)).toBeVisible();
    await expect(queue.chip(orchard.displayName)).toHaveCount(0);
  });
});

test.describe("an agent limited to Quayside Books", () => {
  test.use({ storageState: storageStateFor("support-quayside") });

  test("sees only Harbor's and Quayside's tickets", async ({ page, emulator }) => {
    const { foreignID } = await ticketInEveryAccount(emulator);
    const queue = new MergedQueuePage(page);
    await queue.gotoSet(foreignID);
    await queue.loaded();
    await expect(queue.rows()).toHaveCount(2);
    await expect(queue.accountCell(titleIn(harbor, foreignID))).toHaveText("Harbor Platform");
    await expect(queue.accountCell(titleIn(quayside, foreignID))).toHaveText(
      "Quayside Books · via Harbor Platform",
    );
  });
});

test.describe("where sign-in lands", () => {
  test.use({ storageState: { cookies: [], origins: [] } });

  test("a person acting for several accounts lands on all of them; one with one account on its queue", async ({
    page,
  }) => {
    await signIn(page, "support-quayside");
    await expect(page).toHaveURL(urlOf(paths.allTickets()));
    await expect(page.getByRole("heading", { name: "Tickets of all accounts" })).toBeVisible();

    await page.context().clearCookies();
    await signIn(page, "agent-bluebird");
    await expect(page).toHaveURL(urlOf(paths.queue(bluebird.accountID)));
  });
});
