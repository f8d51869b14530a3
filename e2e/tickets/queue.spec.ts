import { statusMeta } from "../../lib/tickets/status";
import {
  demoAccounts,
  expect,
  expectNoAxeViolations,
  storageStateFor,
  test,
  uniqueTag,
} from "../fixtures";
import type { EmulatorTicket } from "../fixtures/emulator-admin";
import {
  ownTicket,
  ownTickets,
  queuePath,
  rowOf,
  ticketAgents,
  withoutLiveUpdates,
} from "./helpers";

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

      await page.goto(queuePath(accountID, `?status=all&foreignID=${foreignID}`));
      await expect(page.locator("tbody tr")).toHaveCount(4);
      for (const ticket of [fresh, working, waiting, done]) {
        const stored = await emulator.getTicket(accountID, ticket.ticketID);
        const row = rowOf(page, ticket);
        await expect(row).toContainText(`#${stored.number}`);
        await expect(row).toContainText(stored.contact.email);
        await expect(row).toContainText(stored.foreignID ?? "");
        await expect(row.locator(`[data-status="${stored.status}"]`)).toHaveText(
          statusMeta[stored.status].label,
        );
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

      await page.goto(queuePath(accountID));
      await expect(page.getByRole("button", { name: "Open", exact: true })).toHaveAttribute(
        "aria-pressed",
        "true",
      );
      await page.getByLabel("Foreign ID").fill(foreignID);
      await page.getByRole("button", { name: "Find" }).click();
      await expect(page).toHaveURL(new RegExp(`\\?foreignID=${foreignID}$`));
      await expect(rowOf(page, open)).toBeVisible();
      await expect(page.locator("tbody tr")).toHaveCount(1);

      await page.getByRole("button", { name: "Closed", exact: true }).click();
      await expect(page).toHaveURL(new RegExp(`status=closed&foreignID=${foreignID}`));
      await expect(rowOf(page, closed)).toBeVisible();
      await expect(page.locator("tbody tr")).toHaveCount(1);

      await page.reload();
      await expect(page.getByRole("button", { name: "Closed", exact: true })).toHaveAttribute(
        "aria-pressed",
        "true",
      );
      await expect(page.getByLabel("Foreign ID")).toHaveValue(foreignID);
      await expect(rowOf(page, closed)).toBeVisible();

      await page.getByRole("button", { name: "All", exact: true }).click();
      await expect(page.locator("tbody tr")).toHaveCount(2);
      await page.getByRole("button", { name: "On hold", exact: true }).click();
      await expect(page.getByRole("heading", { name: "No tickets here" })).toBeVisible();
      await expectNoAxeViolations(page);

      await page.goBack();
      await expect(page.getByRole("button", { name: "All", exact: true })).toHaveAttribute(
        "aria-pressed",
        "true",
      );
      await page.getByRole("button", { name: "Clear" }).click();
      await expect(page).toHaveURL(/\?status=all$/);
    });

    test("Load more pages through every ticket once, none skipped", async ({ page, emulator }) => {
      const { foreignID, tickets } = await ownTickets(emulator, accountID, 27);
      const newestFirst = tickets.map((ticket) => ticket.ticketID).reverse();
      // The cursor alone is under test; a live update would also show the new ticket on top.
      await withoutLiveUpdates(page);

      await page.goto(queuePath(accountID, `?status=all&foreignID=${foreignID}`));
      const rows = page.locator("tbody tr");
      await expect(rows).toHaveCount(25);
      // A ticket created while paging lands on top of the list, so the next page neither repeats nor skips.
      await ownTicket(emulator, accountID, { foreignID });
      await page.getByRole("button", { name: "Load more tickets" }).click();
      await expect(rows).toHaveCount(27);
      await expect(page.getByText("Showing 27 tickets · that is all of them")).toBeVisible();
      await expect(page.getByRole("button", { name: "Load more tickets" })).toHaveCount(0);
      const shown = await rows.evaluateAll((elements) =>
        elements.map((element) => element.getAttribute("data-ticket-id")),
      );
      expect(shown).toEqual(newestFirst);
    });

    test("shows relative times with the absolute time on hover", async ({ page, emulator }) => {
      const ticket = await ownTicket(emulator, accountID);
      await page.goto(queuePath(accountID, `?foreignID=${ticket.foreignID}`));
      const created = rowOf(page, ticket).locator("time").first();
      await expect(created).toHaveAttribute("datetime", ticket.createdOn);
      await expect(created).toHaveText(/now|sec|min/);
      await expect(created).toHaveAttribute("title", /\d{4}/);
    });
  });
}

test.describe("while Moov is slow to list", () => {
  test.use({ storageState: storageStateFor("partner-harbor") });

  test("the header and a skeleton show at once, and the tickets follow", async ({
    page,
    emulator,
  }) => {
    // An account of this test's own, so the delay slows no one else's queue.
    const account = await emulator.createAccount({
      displayName: `Slow Lane ${uniqueTag("acct")}`,
      connectedTo: demoAccounts.harbor.accountID,
    });
    const ticket = await ownTicket(emulator, account.accountID);
    // A first visit switches to the account (a token is minted for it).
    await page.goto(queuePath(account.accountID));
    await expect(rowOf(page, ticket)).toBeVisible();
    // Now the list is slow; reading the account itself (the check that the session's token
    // still works) is slower still, and the header must not wait for either.
    await emulator.addFault({
      method: "GET",
      path: `/accounts/${account.accountID}/tickets`,
      delayMs: 1_500,
      times: 1,
    });
    await emulator.addFault({
      method: "GET",
      path: `/accounts/${account.accountID}`,
      delayMs: 2_500,
      times: 1,
    });

    await page.goto(queuePath(account.accountID), { waitUntil: "commit" });
    await expect(page.getByTestId("acting-for")).toContainText(account.displayName);
    await expect(page.getByText("Loading tickets…")).toBeAttached();
    await expect(rowOf(page, ticket)).toHaveCount(0);

    await expect(rowOf(page, ticket)).toBeVisible({ timeout: 10_000 });
    await expect(page.getByText("Loading tickets…")).toHaveCount(0);
  });
});
