import { demoAccounts, expect, storageStateFor, test, uniqueTag } from "../fixtures";
import { callName, journalMark, journalNaming } from "../support/journal";
import { apiPaths, paths } from "../support/paths";

const { bluebird, cedar, orchard } = demoAccounts;

test.describe("an account agent on someone else's account", () => {
  test.use({ storageState: storageStateFor("agent-bluebird") });

  test("gets 403 for a forged account in the URL", async ({ page }) => {
    const response = await page.goto(paths.queue(cedar.accountID));
    expect(response?.status()).toBe(403);
    await expect(
      page.getByRole("heading", { name: "You can't act for this account" }),
    ).toBeVisible();
  });

  test("gets 403 from the API, the page and the switch, and Moov never hears of the account", async ({
    page,
    emulator,
  }) => {
    // An account only this test knows: any call naming it would be one of this test's.
    const stranger = await emulator.createAccount({ displayName: `Stranger ${uniqueTag()}` });
    await page.goto(paths.queue(bluebird.accountID));
    const since = journalMark();

    const list = await page.request.get(paths.ticketsAPI(stranger.accountID));
    expect(list.status()).toBe(403);
    const pageResponse = await page.goto(paths.queue(stranger.accountID, "?status=all"));
    expect(pageResponse?.status()).toBe(403);
    // As the app's own switcher would send it: the permission check still refuses.
    const switched = await page.request.post(apiPaths.switchAccount, {
      form: { accountID: stranger.accountID, next: "/" },
      headers: { origin: new URL(page.url()).origin, "sec-fetch-site": "same-origin" },
      maxRedirects: 0,
    });
    expect(switched.status()).toBe(403);

    const naming = await journalNaming(emulator, { since, accountID: stranger.accountID });
    expect(naming.map(callName)).toEqual([]);
  });

  test("gets 404 for an address that is no account ID", async ({ page }) => {
    const response = await page.goto(paths.queue("not-an-account"));
    expect(response?.status()).toBe(404);
  });
});

test.describe("a partner agent on an account not connected to the partner", () => {
  test.use({ storageState: storageStateFor("partner-harbor") });

  test("gets 403", async ({ page }) => {
    const response = await page.goto(paths.queue(orchard.accountID));
    expect(response?.status()).toBe(403);
    await expect(
      page.getByRole("heading", { name: "You can't act for this account" }),
    ).toBeVisible();
  });
});

test.describe("a partner agent limited to some connected accounts", () => {
  test.use({ storageState: storageStateFor("support-quayside") });

  test("gets 403 for a connected account not on its list", async ({ page }) => {
    const response = await page.goto(paths.queue(bluebird.accountID));
    expect(response?.status()).toBe(403);
  });
});
