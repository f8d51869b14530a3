import { demoAccounts, expect, storageStateFor, test } from "../fixtures";
import { AppHeader } from "../support/app-header";
import { paths, urlOf } from "../support/paths";
import { signIn } from "../support/sign-in-page";

const { quayside } = demoAccounts;

test.use({ viewport: { width: 390, height: 844 } });

test.describe("in a session of its own", () => {
  test.use({ storageState: { cookies: [], origins: [] } });

  test("the Menu holds the switcher and Sign out, and both work", async ({ page }) => {
    const header = new AppHeader(page);
    await signIn(page, "partner-harbor");
    await header.ready();
    await expect(header.banner().getByRole("button", { name: "Switch account" })).toBeHidden();
    await expect(header.banner().getByRole("button", { name: "Sign out" })).toBeHidden();

    await header.openMenu();
    const menu = await header.menuPanel();
    await menu.getByRole("button", { name: "Switch account" }).click();
    await page
      .getByRole("navigation", { name: "Accounts you act for" })
      .getByRole("button", { name: new RegExp(quayside.displayName) })
      .click();
    await expect(page).toHaveURL(urlOf(paths.queue(quayside.accountID)));
    await expect(header.actingFor()).toContainText(quayside.displayName);
    await expect(header.menuButton()).toHaveAttribute("aria-expanded", "false");

    await header.openMenu();
    await (await header.menuPanel()).getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/sign-in/);
  });
});

test.describe("on the shared session", () => {
  test.use({ storageState: storageStateFor("partner-harbor") });

  test("Escape closes the Menu and gives focus back to its button", async ({ page }) => {
    const header = new AppHeader(page);
    await page.goto(paths.queue(quayside.accountID));
    await header.ready();
    await header.openMenu();
    const menu = await header.menuPanel();
    await page.keyboard.press("Tab");
    await expect(menu.getByRole("button", { name: "Switch account" })).toBeFocused();
    await page.keyboard.press("Escape");
    await expect(menu).toBeHidden();
    await expect(header.menuButton()).toBeFocused();
    await expect(header.menuButton()).toHaveAttribute("aria-expanded", "false");
  });

  test("Escape in the open switcher closes only the switcher, then the Menu", async ({ page }) => {
    const header = new AppHeader(page);
    await page.goto(paths.queue(quayside.accountID));
    await header.ready();
    await header.openMenu();
    const menu = await header.menuPanel();
    const switcher = menu.getByRole("button", { name: "Switch account" });
    await switcher.click();
    await expect(page.getByRole("navigation", { name: "Accounts you act for" })).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(page.getByRole("navigation", { name: "Accounts you act for" })).toBeHidden();
    await expect(menu).toBeVisible();
    await expect(switcher).toBeFocused();
    await page.keyboard.press("Escape");
    await expect(menu).toBeHidden();
    await expect(header.menuButton()).toBeFocused();
  });

  test("a link in the Menu closes it, even one to the page already shown", async ({ page }) => {
    const header = new AppHeader(page);
    await page.goto(paths.allTickets("?status=closed"));
    await header.ready();
    await header.openMenu();
    await (await header.menuPanel()).getByRole("link", { name: "Tickets" }).click();
    await expect(page).toHaveURL(urlOf(paths.allTickets()));
    await expect(header.menuButton()).toHaveAttribute("aria-expanded", "false");
  });

  test("a shortcut that goes to another page closes it", async ({ page }) => {
    const header = new AppHeader(page);
    await page.goto(paths.newTicket(quayside.accountID));
    await header.ready();
    await header.openMenu();
    await header.press("g", "i");
    await expect(page).toHaveURL(urlOf(paths.queue(quayside.accountID)));
    await expect(header.menuButton()).toHaveAttribute("aria-expanded", "false");
  });
});
