import { expect, expectNoAxeViolations, storageStateFor, test } from "../fixtures";
import { BulkClose } from "../support/bulk-close";
import { notice, shownRequestID } from "../support/close-dialog";
import { journal, journalMark } from "../support/journal";
import { moovPaths } from "../support/paths";
import { QueuePage } from "../support/queue-page";
import { ownTickets, ticketAgents } from "../support/tickets";

for (const { user, accountID } of ticketAgents) {
  test.describe(`bulk close as ${user}`, () => {
    test.use({ storageState: storageStateFor(user) });

    test("three tickets: one closed, one already closed by staff, one refused; Retry failed closes the last", async ({
      page,
      emulator,
    }) => {
      const { foreignID, tickets } = await ownTickets(emulator, accountID, 3);
      const queue = new QueuePage(page, accountID);
      const bulk = new BulkClose(page);
      await queue.goto(`?status=all&foreignID=${foreignID}`);
      await expect(queue.rows()).toHaveCount(3);
      const [closes, staffClosed, refused] = await queue.inScreenOrder(tickets);
      if (!closes || !staffClosed || !refused) throw new Error("three rows expected");

      // A click on the first row, then Shift+click on the last: the range between them.
      await bulk.checkbox(closes).click();
      await bulk.checkbox(refused).click({ modifiers: ["Shift"] });
      await expect(bulk.selectedCount()).toHaveText("3 selected");
      await expect(bulk.pageCheckbox()).toBeChecked();

      // Meanwhile Moov's staff close one, and Moov will refuse another.
      await emulator.setStaffStatus(staffClosed.ticketID, "closed");
      const refusal = await emulator.addFault({
        method: "PATCH",
        path: moovPaths.ticket(accountID, refused.ticketID),
        status: 422,
        body: { status: "this ticket cannot be closed right now" },
      });
      const since = journalMark();

      await bulk.closeSelectedButton().click();
      const dialog = bulk.dialog();
      await expect(dialog).toHaveAccessibleName("Close 3 tickets?");
      for (const ticket of tickets) await expect(dialog).toContainText(ticket.title);
      await expectNoAxeViolations(page);
      await bulk.confirm(3);

      await expect(bulk.item(closes)).toContainText("Closed");
      await expect(bulk.item(staffClosed)).toContainText("Already closed");
      await expect(bulk.item(refused)).toContainText("Not closed");
      await expect(dialog).toHaveAccessibleName(
        "3 tickets: 1 closed, 1 already closed, 1 not closed",
      );

      // Exactly one PATCH per ticket reached Moov, with these answers.
      const patches = await journal(emulator, { since, method: "PATCH" });
      const answers = (ticket: { ticketID: string }) =>
        patches
          .filter((entry) => entry.path === moovPaths.ticket(accountID, ticket.ticketID))
          .map((entry) => entry.status);
      expect(answers(closes)).toEqual([200]);
      expect(answers(staffClosed)).toEqual([409]);
      expect(answers(refused)).toEqual([422]);
      const refusedCall = patches.find(
        (entry) => entry.path === moovPaths.ticket(accountID, refused.ticketID),
      );
      await expect(shownRequestID(bulk.item(refused))).toHaveText(refusedCall?.requestID ?? "");
      await expectNoAxeViolations(page);

      // The successes stay closed; the refused one is open again and still selected.
      expect((await emulator.getTicket(accountID, closes.ticketID)).status).toBe("closed");
      expect((await emulator.getTicket(accountID, refused.ticketID)).status).toBe("new");

      await emulator.removeFault(refusal);
      const retrySince = journalMark();
      await dialog.getByRole("button", { name: "Retry failed (1)" }).click();
      await expect(bulk.item(refused)).toContainText("Closed");
      await expect(dialog).toHaveAccessibleName("3 tickets: 2 closed, 1 already closed");
      // Other tests close tickets of this account meanwhile: only this test's tickets count.
      const ownPaths = tickets.map((ticket) => moovPaths.ticket(accountID, ticket.ticketID));
      const retried = (await journal(emulator, { since: retrySince, method: "PATCH" })).filter(
        (entry) => ownPaths.includes(entry.path),
      );
      expect(retried.map((entry) => [entry.path, entry.status])).toEqual([
        [moovPaths.ticket(accountID, refused.ticketID), 200],
      ]);

      await dialog.getByRole("button", { name: "Done" }).click();
      await expect(dialog).toBeHidden();
      await expect(notice(page)).toContainText("Bulk close: 2 closed, 1 already closed.");
      for (const ticket of tickets) {
        await expect(queue.badge(ticket)).toHaveAccessibleName("Status: Closed");
      }
      await expect(bulk.selectedCount()).toBeHidden();
    });

    test("a refused ticket's badge goes back; the closed one's stays", async ({
      page,
      emulator,
    }) => {
      const { foreignID, tickets } = await ownTickets(emulator, accountID, 2);
      const [refused, closes] = tickets as [(typeof tickets)[0], (typeof tickets)[0]];
      await emulator.addFault({
        method: "PATCH",
        path: moovPaths.ticket(accountID, refused.ticketID),
        status: 422,
        body: { status: "no" },
      });
      const queue = new QueuePage(page, accountID);
      const bulk = new BulkClose(page);
      await queue.goto(`?status=all&foreignID=${foreignID}`);
      await bulk.pageCheckbox().check();
      await expect(bulk.selectedCount()).toHaveText("2 selected");
      await bulk.closeSelectedButton().click();
      await bulk.confirm(2);
      await expect(bulk.item(refused)).toContainText("Not closed");
      await page.keyboard.press("Escape");
      await expect(queue.badge(closes)).toHaveAccessibleName("Status: Closed");
      await expect(queue.badge(refused)).toHaveAccessibleName("Status: New");
      await expect(bulk.selectedCount()).toHaveText("1 selected");
      await expect(bulk.checkbox(refused)).toBeChecked();
    });
  });
}
