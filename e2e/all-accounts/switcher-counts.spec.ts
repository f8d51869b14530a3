import { demoAccounts, expect, storageStateFor, test } from "../fixtures";
import { emulatorOpenCounts, merchantWithTickets, type OpenCounts } from "../support/open-counts";
import { paths, urlOf } from "../support/paths";

/** The page is exactly at `pathname` (no other path merely ending the same way). */
const at = (pathname: string) => (url: URL) => url.pathname === pathname;

import { signIn } from "../support/sign-in-page";

const { cedar, lumen } = demoAccounts;

/** What a screen reader hears of an entry's count, built from the emulator's numbers. */
const heard = (counts: OpenCounts) =>
  `${counts.open} open: ${counts.new} new, ${counts.inProgress} in progress, ${counts.onHold} on hold`;

const switcher = (page: import("@playwright/test").Page) =>
  page.getByRole("navigation", { name: "Accounts you act for" });

test.describe("the Harbor partner (every connected account)", () => {
  test.use({ storageState: storageStateFor("partner-harbor") });

  test("each account in the switcher shows its open tickets, as the emulator counts them", async ({
    page,
    emulator,
  }) => {
    const { merchant } = await merchantWithTickets(emulator, {
      new: 2,
      inProgress: 1,
      onHold: 1,
      closed: 1,
    });
    const counts = await emulatorOpenCounts(emulator, merchant.accountID);
    expect(counts).toEqual({ open: 4, new: 2, inProgress: 1, onHold: 1 });

    await page.goto(paths.queue(merchant.accountID));
    await page.getByRole("button", { name: "Switch account" }).click();
    const entry = switcher(page).getByRole("button", {
      name: new RegExp(`^${merchant.displayName} `),
    });
    await expect(entry).toHaveAccessibleName(new RegExp(`, ${heard(counts)}$`));
    await expect(entry).toContainText(String(counts.open));
  });

  test("the switcher and the header lead to the views across all accounts", async ({ page }) => {
    await page.goto(paths.queue(cedar.accountID));
    await page.getByRole("button", { name: "Switch account" }).click();
    await switcher(page).getByRole("link", { name: "Open tickets per account" }).click();
    await expect(page).toHaveURL(at("/accounts"));
    await expect(page.getByTestId("acting-for")).toHaveText("All accounts");

    await page.getByRole("button", { name: "Switch account" }).click();
    await switcher(page).getByRole("link", { name: "All accounts" }).click();
    await expect(page).toHaveURL(at("/tickets"));

    await page.goto(paths.queue(cedar.accountID));
    await page.getByRole("banner").getByRole("link", { name: "All accounts" }).click();
    await expect(page).toHaveURL(at("/tickets"));
  });
});

test.describe("an account agent with two accounts, in a session of its own", () => {
  test.use({ storageState: { cookies: [], origins: [] } });

  test("the page never waits for the counts, and switching does not either", async ({ page }) => {
    await signIn(page, "ops-cedar");
    // The counts are asked for but never answered.
    let asked = 0;
    await page.route("**/api/accounts/summary", () => {
      asked += 1;
    });
    await page.goto(paths.queue(cedar.accountID));
    await expect(page.getByTestId("acting-for")).toHaveText(`Acting for ${cedar.displayName}`);
    // "Live": the page has hydrated and its effects have run; a background read would be out.
    await expect(page.getByRole("status").filter({ hasText: /^Live$/ })).toBeVisible();
    expect(asked, "the counts are read only once the switcher is wanted").toBe(0);

    await page.getByRole("button", { name: "Switch account" }).click();
    await expect.poll(() => asked).toBeGreaterThan(0);
    await switcher(page)
      .getByRole("button", { name: new RegExp(`^${lumen.displayName}`) })
      .click();
    await expect(page).toHaveURL(urlOf(paths.queue(lumen.accountID)));
    await expect(page.getByTestId("acting-for")).toHaveText(`Acting for ${lumen.displayName}`);
  });
});
