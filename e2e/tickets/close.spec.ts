import { expect, expectNoAxeViolations, storageStateFor, test } from "../fixtures";
import { notice, shownRequestID } from "../support/close-dialog";
import { expectNoWrite, journal, journalMark, lastRequestID } from "../support/journal";
import { moovPaths, paths } from "../support/paths";
import { QueuePage } from "../support/queue-page";
import { TicketPage } from "../support/ticket-page";
import { holdCloses, ownTicket, ticketAgents, withoutLiveUpdates } from "../support/tickets";

for (const { user, accountID } of ticketAgents) {
  test.describe(`close as ${user}`, () => {
    test.use({ storageState: storageStateFor(user) });

    test("the dialog warns that closing is permanent; cancelling keeps the ticket open", async ({
      page,
      emulator,
    }) => {
      const ticket = await ownTicket(emulator, accountID);
      const ticketPage = new TicketPage(page, accountID, ticket);
      await ticketPage.goto();
      const since = journalMark();

      await ticketPage.closeButton().click();
      const dialog = ticketPage.dialog();
      await expect(dialog).toContainText("permanently");
      await expect(dialog).toContainText("Moov cannot reopen");
      await expectNoAxeViolations(page);

      await page.keyboard.press("Escape");
      await expect(dialog).toBeHidden();
      await expect(ticketPage.closeButton()).toBeFocused();
      await ticketPage.closeButton().press("Enter");
      await expect(dialog.getByRole("button", { name: "Keep it open" })).toBeFocused();
      await page.keyboard.press("Enter");
      await expect(dialog).toBeHidden();
      await expect(ticketPage.closeButton()).toBeFocused();
      await expect(ticketPage.badge()).toHaveAccessibleName("Status: New");
      expect((await emulator.getTicket(accountID, ticket.ticketID)).status).toBe("new");
      await expectNoWrite(emulator, { since, path: moovPaths.ticket(accountID, ticket.ticketID) });
    });

    test("from the ticket page, and the queue reflects it", async ({ page, emulator }) => {
      const ticket = await ownTicket(emulator, accountID);
      const path = moovPaths.ticket(accountID, ticket.ticketID);
      const ticketPage = new TicketPage(page, accountID, ticket);
      await ticketPage.goto();
      const since = journalMark();

      await ticketPage.closeTicket();
      await expect(ticketPage.badge()).toHaveAccessibleName("Status: Closed");
      await expect(notice(page)).toHaveText(`Ticket #${ticket.number} is closed.`);
      await expect(ticketPage.closeButton()).toHaveCount(0);
      await expect(page.getByRole("heading", { level: 1 })).toBeFocused();
      expect((await emulator.getTicket(accountID, ticket.ticketID)).status).toBe("closed");
      const patches = await journal(emulator, { since, method: "PATCH", path });
      expect(patches.map((entry) => [entry.status, entry.authScheme])).toEqual([[200, "bearer"]]);

      await page.getByRole("link", { name: "All tickets" }).click();
      const queue = new QueuePage(page, accountID);
      await queue.searchForeignID(ticket.foreignID ?? "");
      await expect(queue.emptyState()).toBeVisible();
      await queue.filterByStatus("Closed");
      await expect(queue.badge(ticket)).toHaveAccessibleName("Status: Closed");
    });

    test("from the queue's row action", async ({ page, emulator }) => {
      const ticket = await ownTicket(emulator, accountID);
      const queue = new QueuePage(page, accountID);
      await queue.gotoTicketSet(ticket);

      await queue.closeTicket(ticket);
      await expect(queue.badge(ticket)).toHaveAccessibleName("Status: Closed");
      await expect(notice(page)).toHaveText(`Ticket #${ticket.number} is closed.`);
      await expect(queue.row(ticket).getByRole("link", { name: ticket.title })).toBeFocused();
      expect((await emulator.getTicket(accountID, ticket.ticketID)).status).toBe("closed");

      await queue.goto(`?foreignID=${ticket.foreignID}`);
      await expect(queue.emptyState()).toBeVisible();
    });

    test("the badge flips to Closed before Moov has answered", async ({ page, emulator }) => {
      const ticket = await ownTicket(emulator, accountID);
      const path = moovPaths.ticket(accountID, ticket.ticketID);
      const ticketPage = new TicketPage(page, accountID, ticket);
      await ticketPage.goto();
      await expect(ticketPage.badge()).toHaveAccessibleName("Status: New");
      const since = journalMark();
      const close = await holdCloses(page, paths.ticket(accountID, ticket.ticketID));

      await ticketPage.closeTicket();
      await close.arrival();
      // The close has not even reached the app: only the browser's cache can say Closed.
      await expect(ticketPage.badge()).toHaveAccessibleName("Status: Closed");
      await expect(notice(page)).toBeHidden();
      await expectNoWrite(emulator, { since, path });

      await close.release();
      await expect(notice(page)).toHaveText(`Ticket #${ticket.number} is closed.`);
      await expect(ticketPage.badge()).toHaveAccessibleName("Status: Closed");
      expect((await emulator.getTicket(accountID, ticket.ticketID)).status).toBe("closed");
    });

    test("cannot fire twice while Moov is still answering", async ({ page, emulator }) => {
      const ticket = await ownTicket(emulator, accountID);
      const path = moovPaths.ticket(accountID, ticket.ticketID);
      const ticketPage = new TicketPage(page, accountID, ticket);
      await ticketPage.goto();
      const since = journalMark();
      const close = await holdCloses(page, paths.ticket(accountID, ticket.ticketID));

      await ticketPage.closeButton().click();
      await ticketPage.dialog().getByRole("button", { name: "Close permanently" }).dblclick();
      await close.arrival();
      // Nothing is left to press again while the first close is on its way.
      await expect(ticketPage.dialog()).toBeHidden();

      await close.release();
      await expect(notice(page)).toHaveText(`Ticket #${ticket.number} is closed.`);
      expect(close.count()).toBe(1);
      const patches = await journal(emulator, { since, method: "PATCH", path });
      expect(patches.map((entry) => entry.status)).toEqual([200]);
    });

    test("409: someone else closed it first", async ({ page, emulator }) => {
      const ticket = await ownTicket(emulator, accountID);
      const path = moovPaths.ticket(accountID, ticket.ticketID);
      await withoutLiveUpdates(page);
      const ticketPage = new TicketPage(page, accountID, ticket);
      await ticketPage.goto();
      await expect(ticketPage.badge()).toHaveAccessibleName("Status: New");
      await emulator.setStaffStatus(ticket.ticketID, "closed");
      const since = journalMark();

      await ticketPage.closeTicket();
      await expect(notice(page)).toContainText(
        "Someone already closed this ticket. It has been refreshed.",
      );
      await expect(ticketPage.badge()).toHaveAccessibleName("Status: Closed");
      await expect(page.getByText("Closed tickets cannot be reopened.")).toBeVisible();
      await expect(shownRequestID(notice(page))).toHaveText(
        await lastRequestID(emulator, { since, method: "PATCH", path }),
      );
    });
  });
}
