import { expect, expectNoAxeViolations, storageStateFor, test, uniqueTag } from "../fixtures";
import { queuePath, ticketAgents } from "./helpers";

for (const { user, accountID } of ticketAgents) {
  test.describe(`new ticket as ${user}`, () => {
    test.use({ storageState: storageStateFor(user) });

    test("checks the fields in the browser before anything is sent", async ({ page, emulator }) => {
      await page.goto(queuePath(accountID));
      await page.getByRole("link", { name: "New ticket" }).click();
      await expect(page.getByRole("heading", { name: "New ticket" })).toBeVisible();
      await expectNoAxeViolations(page);
      const before = (await emulator.journal()).length;

      await page.getByLabel("Contact email").fill("not-an-email");
      await page.getByRole("button", { name: "Create ticket" }).click();
      await expect(page.getByLabel("Title")).toBeFocused();
      await expect(page.getByLabel("Title")).toHaveAccessibleDescription("Enter a title.");
      await expect(page.getByLabel("Contact email")).toHaveAccessibleDescription(
        /Enter an email address/,
      );
      await expect(page.getByLabel("Contact email")).toHaveValue("not-an-email");
      const posts = (await emulator.journal())
        .slice(before)
        .filter((entry) => entry.method === "POST");
      expect(posts.filter((entry) => entry.path === `/accounts/${accountID}/tickets`)).toHaveLength(
        0,
      );
      await expectNoAxeViolations(page);
    });

    test("a 422 from Moov lands on its field, keeps what was typed, then the ticket opens", async ({
      page,
      emulator,
    }) => {
      const tag = uniqueTag("new");
      const title = `Refund missing ${tag}`;
      await page.goto(queuePath(accountID, "/new"));
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
      await expect(page.getByTestId("ticket-status")).toHaveText("New");
      await expect(page.getByRole("list", { name: "Messages" })).toContainText("Please check.");

      const created = (await emulator.listTickets(accountID, { foreignID: tag })).items;
      expect(created).toHaveLength(1);
      await page.getByRole("link", { name: "All tickets" }).click();
      await page.getByLabel("Foreign ID").fill(tag);
      await page.getByRole("button", { name: "Find" }).click();
      await expect(page.getByRole("row").filter({ hasText: title })).toBeVisible();
    });
  });
}
