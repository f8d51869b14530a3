import { expect, expectNoAxeViolations, storageStateFor, test } from "../fixtures";
import {
  ownTicket,
  queuePath,
  rowOf,
  ticketAgents,
  ticketPath,
  withoutLiveUpdates,
} from "./helpers";

for (const { user, accountID } of ticketAgents) {
  test.describe(`close as ${user}`, () => {
    test.use({ storageState: storageStateFor(user) });

    test("the dialog warns that closing is permanent; cancelling keeps the ticket open", async ({
      page,
      emulator,
    }) => {
      const ticket = await ownTicket(emulator, accountID);
      await page.goto(ticketPath(accountID, ticket.ticketID));

      const closeButton = page.getByRole("button", { name: "Close ticket" });
      await closeButton.click();
      const dialog = page.getByRole("dialog", { name: `Close ticket #${ticket.number}?` });
      await expect(dialog).toContainText("permanently");
      await expect(dialog).toContainText("Moov cannot reopen");
      await expectNoAxeViolations(page);

      await page.keyboard.press("Escape");
      await expect(dialog).toBeHidden();
      await expect(closeButton).toBeFocused();
      await closeButton.press("Enter");
      await expect(dialog.getByRole("button", { name: "Keep it open" })).toBeFocused();
      await page.keyboard.press("Enter");
      await expect(dialog).toBeHidden();
      await expect(closeButton).toBeFocused();
      expect((await emulator.getTicket(accountID, ticket.ticketID)).status).toBe("new");
      const patches = (await emulator.journal()).filter(
        (entry) =>
          entry.method === "PATCH" &&
          entry.path === `/accounts/${accountID}/tickets/${ticket.ticketID}`,
      );
      expect(patches).toHaveLength(0);
    });

    test("from the ticket page, and the queue reflects it", async ({ page, emulator }) => {
      const ticket = await ownTicket(emulator, accountID);
      await page.goto(ticketPath(accountID, ticket.ticketID));
      await page.getByRole("button", { name: "Close ticket" }).click();
      const dialog = page.getByRole("dialog", { name: `Close ticket #${ticket.number}?` });
      await dialog.getByRole("button", { name: "Close permanently" }).click();
      await expect(page.getByTestId("ticket-status")).toHaveText("Closed");
      await expect(page.getByText(`Ticket #${ticket.number} is closed.`)).toBeVisible();
      await expect(page.getByRole("button", { name: "Close ticket" })).toHaveCount(0);
      await expect(page.getByRole("heading", { level: 1 })).toBeFocused();
      expect((await emulator.getTicket(accountID, ticket.ticketID)).status).toBe("closed");

      const patches = (await emulator.journal()).filter(
        (entry) =>
          entry.method === "PATCH" &&
          entry.path === `/accounts/${accountID}/tickets/${ticket.ticketID}`,
      );
      expect(patches).toHaveLength(1);
      expect(patches[0]?.authScheme).toBe("bearer");

      await page.getByRole("link", { name: "All tickets" }).click();
      await page.getByLabel("Foreign ID").fill(ticket.foreignID ?? "");
      await page.getByRole("button", { name: "Find" }).click();
      await expect(page.getByRole("heading", { name: "No tickets here" })).toBeVisible();
      await page.getByRole("button", { name: "Closed", exact: true }).click();
      await expect(rowOf(page, ticket).locator('[data-status="closed"]')).toHaveText("Closed");
    });

    test("from the queue's row action", async ({ page, emulator }) => {
      const ticket = await ownTicket(emulator, accountID);
      await page.goto(queuePath(accountID, `?status=all&foreignID=${ticket.foreignID}`));
      const row = rowOf(page, ticket);
      await row.getByRole("button", { name: `Close ticket #${ticket.number}` }).click();
      await page.getByRole("dialog").getByRole("button", { name: "Close permanently" }).click();

      await expect(row.locator('[data-status="closed"]')).toHaveText("Closed");
      await expect(page.getByText(`Ticket #${ticket.number} is closed.`)).toBeVisible();
      await expect(row.getByRole("link", { name: ticket.title })).toBeFocused();
      await expect
        .poll(async () => (await emulator.getTicket(accountID, ticket.ticketID)).status)
        .toBe("closed");

      await page.goto(queuePath(accountID, `?foreignID=${ticket.foreignID}`));
      await expect(page.getByRole("heading", { name: "No tickets here" })).toBeVisible();
    });

    test("cannot fire twice while Moov is still answering", async ({ page, emulator }) => {
      const ticket = await ownTicket(emulator, accountID);
      const path = `/accounts/${accountID}/tickets/${ticket.ticketID}`;
      await emulator.addFault({ method: "PATCH", path, delayMs: 1500, times: 1 });
      await page.goto(ticketPath(accountID, ticket.ticketID));
      await page.getByRole("button", { name: "Close ticket" }).click();
      await page.getByRole("dialog").getByRole("button", { name: "Close permanently" }).dblclick();

      // The badge flips at once and the button is gone while Moov is still answering.
      await expect(page.getByTestId("ticket-status")).toHaveText("Closed");
      await expect(page.getByRole("button", { name: /Close ticket|Closing/ })).toHaveCount(0);
      await expect(page.getByText(`Ticket #${ticket.number} is closed.`)).toBeVisible();
      const patches = (await emulator.journal()).filter(
        (entry) => entry.method === "PATCH" && entry.path === path,
      );
      expect(patches).toHaveLength(1);
    });

    test("409: someone else closed it first", async ({ page, emulator }) => {
      const ticket = await ownTicket(emulator, accountID);
      await withoutLiveUpdates(page);
      await page.goto(ticketPath(accountID, ticket.ticketID));
      await expect(page.getByTestId("ticket-status")).toHaveText("New");
      await emulator.setStaffStatus(ticket.ticketID, "closed");

      await page.getByRole("button", { name: "Close ticket" }).click();
      await page.getByRole("dialog").getByRole("button", { name: "Close permanently" }).click();
      await expect(page.getByText("Someone already closed this ticket.")).toBeVisible();
      await expect(page.getByTestId("ticket-status")).toHaveText("Closed");
      await expect(page.getByText("Closed tickets cannot be reopened.")).toBeVisible();
      const requestID = await page.getByTestId("request-id").textContent();
      expect(requestID).toBe(
        (await emulator.journal())
          .filter(
            (entry) =>
              entry.method === "PATCH" &&
              entry.path === `/accounts/${accountID}/tickets/${ticket.ticketID}`,
          )
          .at(-1)?.requestID,
      );
    });
  });
}
