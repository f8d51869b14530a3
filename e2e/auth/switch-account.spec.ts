import { demoAccounts, expect, storageStateFor, test, uniqueTag } from "../fixtures";
import { paths, urlOf } from "../support/paths";
import { signIn } from "../support/sign-in-page";

const { harbor, bluebird, cedar, lumen, quayside } = demoAccounts;

/** A switcher entry starts with the account's name (a sub-account's adds "via …"). */
const entryName = (displayName: string) =>
  new RegExp(`^${displayName.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`);

/*
 * A switch is kept by the session ("/" lands on the chosen account), so the
 * tests that switch sign in with a session of their own: the shared signed-in
 * states keep their home account for every other test.
 */

test.describe("a partner agent with every connected account, in a session of its own", () => {
  test.use({ storageState: { cookies: [], origins: [] } });

  test("switches to a merchant and the header and tickets follow", async ({ page, emulator }) => {
    const tag = uniqueTag("switch");
    const partnerTicket = `Partner ${tag}`;
    const merchantTicket = `Merchant ${tag}`;
    await emulator.createTicket(harbor.accountID, {
      title: partnerTicket,
      body: "On the partner's own queue.",
      contact: { email: "ops@harbor.example" },
    });
    await emulator.createTicket(quayside.accountID, {
      title: merchantTicket,
      body: "On the merchant's queue.",
      contact: { email: "owner@quayside.example" },
    });

    await signIn(page, "partner-harbor");
    await page.goto(paths.queue(harbor.accountID));
    await expect(page.getByRole("link", { name: partnerTicket })).toBeVisible();

    await page.getByRole("button", { name: "Switch account" }).click();
    const accounts = page.getByRole("navigation", { name: "Accounts you act for" });
    for (const account of [harbor, bluebird, cedar, lumen, quayside]) {
      await expect(
        accounts.getByRole("button", { name: entryName(account.displayName) }),
      ).toBeVisible();
    }
    await accounts.getByRole("button", { name: /Quayside Books/ }).click();

    await expect(page).toHaveURL(urlOf(paths.queue(quayside.accountID)));
    await expect(page.getByTestId("acting-for")).toHaveText(
      "Acting for Quayside Books · via Harbor Platform",
    );
    await expect(page.getByRole("link", { name: merchantTicket })).toBeVisible();
    await expect(page.getByRole("link", { name: partnerTicket })).toHaveCount(0);
    // The switch is kept by the session: home now lands on the merchant.
    await page.goto("/");
    await expect(page).toHaveURL(urlOf(paths.queue(quayside.accountID)));
  });
});

test.describe("a partner agent with every connected account", () => {
  test.use({ storageState: storageStateFor("partner-harbor") });

  test("two tabs work two accounts at once", async ({ context }) => {
    const first = await context.newPage();
    const second = await context.newPage();
    await first.goto(paths.queue(bluebird.accountID));
    await second.goto(paths.queue(cedar.accountID));
    await first.reload();
    await expect(first.getByTestId("acting-for")).toHaveText(
      "Acting for Bluebird Coffee · via Harbor Platform",
    );
    await expect(second.getByTestId("acting-for")).toHaveText(
      "Acting for Cedar & Pine Outfitters · via Harbor Platform",
    );
    const fromFirst = await first.request.get(paths.ticketsAPI(bluebird.accountID));
    const fromSecond = await second.request.get(paths.ticketsAPI(cedar.accountID));
    expect(fromFirst.status()).toBe(200);
    expect(fromSecond.status()).toBe(200);
  });
});

test.describe("a partner agent with a list of connected accounts", () => {
  test.use({ storageState: storageStateFor("support-quayside") });

  test("is offered only the partner and the listed account", async ({ page }) => {
    await page.goto(paths.queue(harbor.accountID));
    await page.getByRole("button", { name: "Switch account" }).click();
    const accounts = page.getByRole("navigation", { name: "Accounts you act for" });
    await expect(accounts.getByRole("button")).toHaveCount(2);
    await expect(accounts.getByRole("button", { name: /Quayside Books/ })).toBeVisible();
    await expect(accounts.getByRole("button", { name: /Bluebird Coffee/ })).toHaveCount(0);
  });
});

test.describe("an account agent with two accounts, in a session of its own", () => {
  test.use({ storageState: { cookies: [], origins: [] } });

  test("switches between them without a partner in the header", async ({ page }) => {
    await signIn(page, "ops-cedar");
    await page.goto(paths.queue(cedar.accountID));
    await page.getByRole("button", { name: "Switch account" }).click();
    await page
      .getByRole("navigation", { name: "Accounts you act for" })
      .getByRole("button", { name: /Lumen Yoga Studio/ })
      .click();
    await expect(page.getByTestId("acting-for")).toHaveText("Acting for Lumen Yoga Studio");
  });
});
