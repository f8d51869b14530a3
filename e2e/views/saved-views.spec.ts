import type { Browser } from "@playwright/test";
import { demoAccounts, expect, storageStateFor, test, uniqueTag } from "../fixtures";
import { paths, urlOf } from "../support/paths";
import { SavedViewsPage } from "./saved-views-page";

const { bluebird, quayside } = demoAccounts;

/** Support at Quayside acts for Harbor and Quayside only: never Bluebird. */
async function asQuaysideSupport(browser: Browser) {
  const context = await browser.newContext({ storageState: storageStateFor("support-quayside") });
  return { page: await context.newPage(), close: () => context.close() };
}

test.describe("the Harbor partner's saved views", () => {
  test.use({ storageState: storageStateFor("partner-harbor") });

  test("saves an account's filtered queue, finds it after a reload, opens it, renames and deletes it", async ({
    page,
  }) => {
    const tag = uniqueTag("view");
    const filtered = paths.queue(quayside.accountID, `?status=closed&foreignID=${tag}`);
    const views = new SavedViewsPage(page);
    await page.goto(filtered);
    await views.save(`Closed ${tag}`);

    await page.goto(paths.queue(quayside.accountID));
    await views.openMenu();
    await views.link(`Closed ${tag}`).click();
    await expect(page).toHaveURL(urlOf(filtered));
    await expect(page.getByLabel("Foreign ID")).toHaveValue(tag);

    await views.rename(`Closed ${tag}`, `Renamed ${tag}`);
    await page.reload();
    await views.openMenu();
    await expect(views.link(`Renamed ${tag}`)).toBeVisible();
    await expect(views.link(`Closed ${tag}`)).toHaveCount(0);
    const link = await views.shareLink(`Renamed ${tag}`);

    await views.delete(`Renamed ${tag}`);
    await page.reload();
    await views.openMenu();
    await expect(views.link(`Renamed ${tag}`)).toHaveCount(0);
    await page.goto(link);
    await expect(page.getByRole("heading", { name: "This view does not exist" })).toBeVisible();
  });

  test("a shared view of all accounts opens for someone without one of them, which is left out and not named", async ({
    page,
    browser,
  }) => {
    const tag = uniqueTag("shared");
    const views = new SavedViewsPage(page);
    await page.goto(
      paths.allTickets(`?status=all&account=${bluebird.accountID}&account=${quayside.accountID}`),
    );
    await views.save(`Two shops ${tag}`);
    const link = await views.shareLink(`Two shops ${tag}`);

    const support = await asQuaysideSupport(browser);
    await support.page.goto(link);
    await expect(support.page).toHaveURL(
      urlOf(paths.allTickets(`?status=all&account=${quayside.accountID}&viewLeftOut=1`)),
    );
    await expect(
      support.page.getByText("This view includes 1 account you don't act for; it is left out."),
    ).toBeVisible();
    await expect(support.page.getByRole("main")).not.toContainText(bluebird.displayName);
    await support.close();
    await views.delete(`Two shops ${tag}`);
  });

  test("a shared view of one account the opener does not act for says so clearly, without naming it", async ({
    page,
    browser,
  }) => {
    const tag = uniqueTag("bluebird");
    const views = new SavedViewsPage(page);
    await page.goto(paths.queue(bluebird.accountID, "?status=all"));
    await views.save(`One shop ${tag}`);
    const link = await views.shareLink(`One shop ${tag}`);

    const support = await asQuaysideSupport(browser);
    await support.page.goto(link);
    await expect(
      support.page.getByRole("heading", { name: `You can't open “One shop ${tag}”` }),
    ).toBeVisible();
    await expect(
      support.page.getByText("This view is of an account you don't act for"),
    ).toBeVisible();
    await expect(support.page.getByRole("main")).not.toContainText(bluebird.displayName);
    await expect(support.page.getByRole("main")).not.toContainText(bluebird.accountID);
    await support.close();
    await views.delete(`One shop ${tag}`);
  });
});
