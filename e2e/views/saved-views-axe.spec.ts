import {
  demoAccounts,
  expect,
  expectNoAxeViolations,
  storageStateFor,
  test,
  uniqueTag,
} from "../fixtures";
import { paths } from "../support/paths";
import { SavedViewsPage } from "./saved-views-page";

const { bluebird, quayside } = demoAccounts;

/** axe on each part of the views UI in the state a person meets it. */
test.describe("the saved views UI has no axe violations", () => {
  test.use({ storageState: storageStateFor("partner-harbor") });

  test("the queue with the Views menu open", async ({ page }) => {
    const name = `Menu ${uniqueTag("axe")}`;
    const views = new SavedViewsPage(page);
    await page.goto(paths.queue(quayside.accountID, "?status=closed"));
    await views.save(name);
    await views.openMenu();
    await expect(views.link(name)).toBeVisible();

    // The whole page: the menu button's state and the open panel both count.
    await expectNoAxeViolations(page);
    await views.delete(name);
  });

  test("the name dialog, empty and when it refuses an empty name", async ({ page }) => {
    const views = new SavedViewsPage(page);
    await page.goto(paths.queue(quayside.accountID));
    const dialog = await views.openSaveDialog();
    await expectNoAxeViolations(page, "dialog[open]");

    await dialog.getByRole("button", { name: "Save view" }).click();
    await expect(dialog.getByLabel("Name")).toHaveAccessibleDescription("Enter a name.");
    await expectNoAxeViolations(page, "dialog[open]");
  });

  test("the Share dialog", async ({ page }) => {
    const name = `Share ${uniqueTag("axe")}`;
    const views = new SavedViewsPage(page);
    await page.goto(paths.queue(quayside.accountID));
    await views.save(name);
    const dialog = await views.openShareDialog(name);
    await expect(dialog.getByLabel("Link to this view")).toHaveValue(/\/views\/[\w-]{22}$/);

    await expectNoAxeViolations(page, "dialog[open]");
    await dialog.getByRole("button", { name: "Done" }).click();
    await views.delete(name);
  });

  test("the page of a view the opener can't open", async ({ page, browser }) => {
    const name = `Not yours ${uniqueTag("axe")}`;
    const views = new SavedViewsPage(page);
    await page.goto(paths.queue(bluebird.accountID));
    await views.save(name);
    const link = await views.shareLink(name);

    // Support at Quayside never acts for Bluebird.
    const context = await browser.newContext({
      storageState: storageStateFor("support-quayside"),
    });
    const opener = await context.newPage();
    await opener.goto(link);
    await expect(opener.getByRole("heading", { name: `You can't open “${name}”` })).toBeVisible();

    await expectNoAxeViolations(opener);
    await context.close();
    await views.delete(name);
  });

  test("the page of a view that does not exist", async ({ page }) => {
    await page.goto("/views/AAAAAAAAAAAAAAAAAAAAAA");
    await expect(page.getByRole("heading", { name: "This view does not exist" })).toBeVisible();

    await expectNoAxeViolations(page);
  });
});
