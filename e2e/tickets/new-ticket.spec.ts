import { expect, expectNoAxeViolations, storageStateFor, test, uniqueTag } from "../fixtures";
import { expectNoWrite, journalMark } from "../support/journal";
import { moovPaths, paths } from "../support/paths";
import { QueuePage } from "../support/queue-page";
import { signIn } from "../support/sign-in-page";
import { TicketPage } from "../support/ticket-page";
import { actionsSent, freshMerchantOfHarbor, ticketAgents } from "../support/tickets";

test.describe("new ticket on a merchant of this test's own", () => {
  // Only this test writes to its merchant, so "nothing was created there" is its own to check;
  // the partner signs in after the merchant exists, so the session's directory knows it.
  test.use({ storageState: { cookies: [], origins: [] } });

  test("checks the fields in the browser before anything is sent", async ({ page, emulator }) => {
    const accountID = await freshMerchantOfHarbor(emulator);
    await signIn(page, "partner-harbor");
    await new QueuePage(page, accountID).goto();
    await page.getByRole("link", { name: "New ticket" }).click();
    await expect(page.getByRole("heading", { name: "New ticket" })).toBeVisible();
    await expectNoAxeViolations(page);
    const since = journalMark();
    const actions = actionsSent(page);

    await page.getByLabel("Contact email").fill("not-an-email");
    await page.getByRole("button", { name: "Create ticket" }).click();
    await expect(page.getByLabel("Title")).toBeFocused();
    await expect(page.getByLabel("Title")).toHaveAccessibleDescription("Enter a title.");
    await expect(page.getByLabel("Contact email")).toHaveAccessibleDescription(
      /Enter an email address/,
    );
    await expect(page.getByLabel("Contact email")).toHaveValue("not-an-email");
    expect(actions.count()).toBe(0);
    await expectNoWrite(emulator, { since, path: moovPaths.tickets(accountID) });
    await expectNoAxeViolations(page);
  });
});

for (const { user, accountID } of ticketAgents) {
  test.describe(`new ticket as ${user}`, () => {
    test.use({ storageState: storageStateFor(user) });

    test("a 422 from Moov lands on its field, keeps what was typed, then the ticket opens", async ({
      page,
      emulator,
    }) => {
      const tag = uniqueTag("new");
      const title = `Refund missing ${tag}`;
      await page.goto(paths.newTicket(accountID));
      await page.getByLabel("Title").fill(title);
      await page
        .getByLabel("Message")
        .fill("The refund for order 1042 never arrived.\nPlease check.");
      await page.getByLabel("Contact name").fill("Ada Lovelace");
      await page.getByLabel("Contact email").fill(`${tag}@example.com`);
      // Longer than Moov accepts (the emulator says 64), shorter than the form's own limit.
      await page.getByLabel("Foreign ID (optional)").fill(`${tag}-${"x".repeat(90)}`);
      await page.getByRole("button", { name: "Create ticket" }).click();

      await expect(
        page.getByRole("alert").filter({ hasText: "The ticket was not created." }),
      ).toContainText("Moov did not accept some of the details.");
      await expect(page.getByLabel("Foreign ID (optional)")).toHaveAccessibleDescription(
        /foreignID is too long/,
      );
      await expect(page.getByLabel("Foreign ID (optional)")).toBeFocused();
      await expect(page.getByLabel("Title")).toHaveValue(title);
      await expect(page.getByLabel("Message")).toHaveValue(
        "The refund for order 1042 never arrived.\nPlease check.",
      );
      await expectNoAxeViolations(page);

      await page.getByLabel("Foreign ID (optional)").fill(tag);
      await page.getByRole("button", { name: "Create ticket" }).click();
      await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
      const created = (await emulator.listTickets(accountID, { foreignID: tag })).items;
      expect(created.map((ticket) => ticket.title)).toEqual([title]);
      const [ticket] = created;
      if (!ticket) throw new Error(`Moov has no ticket with foreignID ${tag}`);
      const ticketPage = new TicketPage(page, accountID, ticket);
      await expect(ticketPage.badge()).toHaveAccessibleName("Status: New");
      await expect(ticketPage.messages().first()).toContainText("Please check.");

      await page.getByRole("link", { name: "All tickets" }).click();
      const queue = new QueuePage(page, accountID);
      await queue.searchForeignID(tag);
      await expect(queue.row({ title })).toBeVisible();
    });
  });
}
