import { expect, expectNoAxeViolations, storageStateFor, test } from "../fixtures";
import type { EmulatorTicket } from "../fixtures/emulator-admin";
import { accountToken } from "../fixtures/session-store";
import { moovPaths, paths, urlOf } from "../support/paths";
import { QueuePage } from "../support/queue-page";
import { signIn } from "../support/sign-in-page";
import {
  freshMerchantAccount,
  holdListReads,
  ownTicket,
  ownTickets,
  ticketAgents,
  withoutLiveUpdates,
} from "../support/tickets";

for (const { user, accountID } of ticketAgents) {
  test.describe(`queue as ${user}`, () => {
    test.use({ storageState: storageStateFor(user) });

    test("shows each ticket with the badge of its status in the emulator", async ({
      page,
      emulator,
    }) => {
      const { foreignID, tickets } = await ownTickets(emulator, accountID, 4);
      const [fresh, working, waiting, done] = tickets as [
        EmulatorTicket,
        EmulatorTicket,
        EmulatorTicket,
        EmulatorTicket,
      ];
      await emulator.setStaffStatus(working.ticketID, "in-progress");
      await emulator.setStaffStatus(waiting.ticketID, "on-hold");
      await emulator.setStaffStatus(done.ticketID, "closed");
      const expected = [
        [fresh, "new", "Status: New"],
        [working, "in-progress", "Status: In progress"],
        [waiting, "on-hold", "Status: On hold"],
        [done, "closed", "Status: Closed"],
      ] as const;

      const queue = new QueuePage(page, accountID);
      await queue.goto(`?status=all&foreignID=${foreignID}`);
      await expect(queue.rows()).toHaveCount(4);
      for (const [ticket, status, badge] of expected) {
        const stored = await emulator.getTicket(accountID, ticket.ticketID);
        expect(stored.status).toBe(status);
        const row = queue.row(ticket);
        await expect(row).toContainText(`#${stored.number}`);
        await expect(row).toContainText(stored.contact.email);
        await expect(row).toContainText(foreignID);
        await expect(queue.badge(ticket)).toHaveAccessibleName(badge);
      }
      await expectNoAxeViolations(page);
    });

    test("filters by status and foreignID, and keeps both in the URL", async ({
      page,
      emulator,
    }) => {
      const { foreignID, tickets } = await ownTickets(emulator, accountID, 2);
      const [open, closed] = tickets as [EmulatorTicket, EmulatorTicket];
      await emulator.setStaffStatus(closed.ticketID, "closed");

      const queue = new QueuePage(page, accountID);
      await queue.goto();
      await expect(page.getByRole("button", { name: "Open", exact: true })).toHaveAttribute(
        "aria-pressed",
        "true",
      );
      await queue.searchForeignID(foreignID);
      await expect(page).toHaveURL(urlOf(paths.queue(accountID, `?foreignID=${foreignID}`)));
      await expect(queue.row(open)).toBeVisible();
      await expect(queue.rows()).toHaveCount(1);

      await queue.filterByStatus("Closed");
      await expect(page).toHaveURL(
        urlOf(paths.queue(accountID, `?status=closed&foreignID=${foreignID}`)),
      );
      await expect(queue.row(closed)).toBeVisible();
      await expect(queue.rows()).toHaveCount(1);

      await page.reload();
      await expect(page.getByRole("button", { name: "Closed", exact: true })).toHaveAttribute(
        "aria-pressed",
        "true",
      );
      await expect(page.getByLabel("Foreign ID")).toHaveValue(foreignID);
      await expect(queue.row(closed)).toBeVisible();

      await queue.filterByStatus("All");
      await expect(queue.rows()).toHaveCount(2);
      await queue.filterByStatus("On hold");
      await expect(queue.emptyState()).toBeVisible();
      await expectNoAxeViolations(page);

      await page.goBack();
      await expect(page.getByRole("button", { name: "All", exact: true })).toHaveAttribute(
        "aria-pressed",
        "true",
      );
      await page.getByRole("button", { name: "Clear" }).click();
      await expect(page).toHaveURL(urlOf(paths.queue(accountID, "?status=all")));
    });

    test("Load more pages through every ticket once, none skipped", async ({ page, emulator }) => {
      const { foreignID, tickets } = await ownTickets(emulator, accountID, 27);
      const newestFirst = tickets.map((ticket) => ticket.title).reverse();
      // The cursor alone is under test; a live update would also show the new ticket on top.
      await withoutLiveUpdates(page);

      const queue = new QueuePage(page, accountID);
      await queue.goto(`?status=all&foreignID=${foreignID}`);
      await expect(queue.rows()).toHaveCount(25);
      // A ticket created while paging lands on top of the list, so the next page neither repeats nor skips.
      await ownTicket(emulator, accountID, { foreignID });
      await queue.loadMore().click();
      await expect(queue.rows()).toHaveCount(27);
      await expect(page.getByText("Showing 27 tickets · that is all of them")).toBeVisible();
      await expect(queue.loadMore()).toHaveCount(0);
      await expect(queue.rows().getByRole("link")).toHaveText(newestFirst);
    });

    test("shows relative times with the absolute time on hover", async ({ page, emulator }) => {
      const ticket = await ownTicket(emulator, accountID);
      const queue = new QueuePage(page, accountID);
      await queue.goto(`?foreignID=${ticket.foreignID}`);
      const created = queue.row(ticket).locator("time").first();
      await expect(created).toHaveAttribute("datetime", ticket.createdOn);
      await expect(created).toHaveText(/now|sec|min/);
      await expect(created).toHaveAttribute("title", /\d{4}/);
    });
  });
}

test.describe("while Moov is slow to list", () => {
  // A merchant of this test's own, so the slow reads slow no one else's queue; the partner
  // signs in after it exists, so the session's directory knows it.
  test.use({ storageState: { cookies: [], origins: [] } });

  test("the header and a skeleton show at once, and the tickets follow", async ({
    page,
    context,
    emulator,
  }) => {
    const account = await freshMerchantAccount(emulator);
    await signIn(page, "partner-harbor");
    const ticket = await ownTicket(emulator, account.accountID);
    const queue = new QueuePage(page, account.accountID);
    // A first visit switches to the account (a token is minted for it).
    await queue.goto();
    await expect(queue.row(ticket)).toBeVisible();

    // Both reads the server makes for the page (the list, and the account itself to check the
    // session's token) take longer than the app waits for Moov, so the server gives up on them
    // and the browser reads the list again: that read is held until the skeleton has been seen.
    // Only this session's reads: another test's partner view reads this merchant too.
    const bearerToken = await accountToken(context, account.accountID);
    await emulator.addFault({
      method: "GET",
      path: moovPaths.tickets(account.accountID),
      delayMs: 60_000,
      times: 1,
      bearerToken,
    });
    await emulator.addFault({
      method: "GET",
      path: moovPaths.account(account.accountID),
      delayMs: 60_000,
      times: 1,
      bearerToken,
    });
    const list = await holdListReads(page, account.accountID);

    await queue.startLoading();
    await expect(page.getByRole("banner")).toContainText(`Acting for ${account.displayName}`);
    await expect(queue.skeleton()).toBeVisible();
    // Only once the server has waited out its budget for Moov does the browser read for itself.
    await list.arrival({ timeout: 20_000 });
    await expect(queue.skeleton()).toBeVisible();
    await expect(page.getByRole("banner")).toContainText(`Acting for ${account.displayName}`);
    await expect(queue.row(ticket)).toHaveCount(0);

    await list.release();
    await expect(queue.row(ticket)).toBeVisible();
    await expect(queue.skeleton()).toHaveCount(0);
  });
});
