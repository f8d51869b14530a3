import { randomUUID } from "node:crypto";
import { expect, expectNoAxeViolations, storageStateFor, test } from "../fixtures";
import { paths } from "../support/paths";
import { QueuePage } from "../support/queue-page";
import { TicketPage } from "../support/ticket-page";
import { ownTicket, ticketAgents } from "../support/tickets";

for (const { user, accountID } of ticketAgents) {
  test.describe(`ticket page as ${user}`, () => {
    test.use({ storageState: storageStateFor(user) });

    test("opens from the queue and shows every field and the thread", async ({
      page,
      emulator,
    }) => {
      const ticket = await ownTicket(emulator, accountID, {
        body: "First line\nSecond line\n\n  indented third",
        contactName: "Grace Hopper",
      });
      await emulator.addStaffMessage(ticket.ticketID, {
        author: "Sam (Moov Support)",
        body: "Looking now.\nOne moment.",
      });

      const queue = new QueuePage(page, accountID);
      await queue.goto(`?foreignID=${ticket.foreignID}`);
      await queue.row(ticket).getByRole("link", { name: ticket.title }).click();
      await expect(page).toHaveURL(paths.ticket(accountID, ticket.ticketID));

      const ticketPage = new TicketPage(page, accountID, ticket);
      await expect(page.getByRole("heading", { level: 1, name: ticket.title })).toBeVisible();
      await expect(page.getByText(`Ticket #${ticket.number}`, { exact: true })).toBeVisible();
      await expect(ticketPage.badge()).toHaveAccessibleName("Status: New");
      await expect(page.locator("dl").getByText("Grace Hopper")).toBeVisible();
      await expect(page.getByRole("link", { name: ticket.contact.email })).toBeVisible();
      const fields = page.locator("dl");
      await expect(fields.getByText(ticket.foreignID ?? "", { exact: true })).toBeVisible();
      await expect(fields.getByText(ticket.ticketID, { exact: true })).toBeVisible();

      const messages = ticketPage.messages();
      await expect(messages).toHaveCount(2);
      await expect(messages.first()).toContainText("Grace Hopper");
      // innerText is the text as rendered: it keeps the line breaks only if the page does.
      // biome-ignore lint/performance/useDomNodeTextContent: the rendering is what is under test.
      expect(await messages.first().locator("p").innerText()).toBe(
        "First line\nSecond line\n\n  indented third",
      );
      await expect(messages.nth(1)).toContainText("Sam (Moov Support)");
      await expect(messages.nth(1).locator("time")).toHaveAttribute("datetime", /T/);
      await expectNoAxeViolations(page);
    });

    test("a long thread opens on its latest messages", async ({ page, emulator }) => {
      const ticket = await ownTicket(emulator, accountID);
      for (let n = 1; n <= 24; n++) {
        await emulator.addStaffMessage(ticket.ticketID, {
          author: "Sam (Moov Support)",
          body: `Update ${n}`,
        });
      }
      const ticketPage = new TicketPage(page, accountID, ticket);
      await ticketPage.goto();
      const messages = ticketPage.messages();
      await expect(messages).toHaveCount(20);
      await expect(messages.last()).toContainText("Update 24");
      await page.getByRole("button", { name: "Show 5 earlier messages" }).click();
      await expect(messages).toHaveCount(25);
      await expect(messages.first()).toBeFocused();
    });

    test("an unknown or malformed ticket ID is the not-found page", async ({ page }) => {
      await page.goto(paths.ticket(accountID, randomUUID()));
      await expect(page.getByRole("heading", { name: "Ticket not found" })).toBeVisible();
      await expectNoAxeViolations(page);
      await page.goto(paths.ticket(accountID, "not-a-ticket"));
      await expect(page.getByRole("heading", { name: "Ticket not found" })).toBeVisible();
      await page.getByRole("link", { name: "Back to tickets" }).click();
      await expect(page).toHaveURL(paths.queue(accountID));
    });
  });
}
