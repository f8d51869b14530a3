import { demoAccounts, expect, storageStateFor, test } from "../fixtures";
import { ticketsURL } from "./sign-in-helpers";

const { bluebird, cedar, orchard } = demoAccounts;

function namesAccount(entry: { path: string; tokenScopes?: string[] | null }, accountID: string) {
  return (
    entry.path.includes(accountID) || (entry.tokenScopes ?? []).some((s) => s.includes(accountID))
  );
}

test.describe("an account agent on someone else's account", () => {
  test.use({ storageState: storageStateFor("agent-bluebird") });

  test("gets 403 for a forged account in the URL", async ({ page }) => {
    const response = await page.goto(ticketsURL(cedar.accountID));
    expect(response?.status()).toBe(403);
    await expect(
      page.getByRole("heading", { name: "You can't act for this account" }),
    ).toBeVisible();
  });

  test("gets 403 from the API, and Moov never hears of the account", async ({ page, emulator }) => {
    const since = new Date().toISOString();
    const list = await page.request.get(`/api/accounts/${orchard.accountID}/tickets`);
    expect(list.status()).toBe(403);
    const pageResponse = await page.goto(`${ticketsURL(orchard.accountID)}?status=all`);
    expect(pageResponse?.status()).toBe(403);
    // As the app's own switcher would send it: the permission check still refuses.
    const switched = await page.request.post("/api/auth/switch", {
      form: { accountID: orchard.accountID, next: "/" },
      headers: { origin: new URL(page.url()).origin, "sec-fetch-site": "same-origin" },
      maxRedirects: 0,
    });
    expect(switched.status()).toBe(403);
    const after = (await emulator.journal(1000)).filter((entry) => String(entry.at) >= since);
    expect(after.filter((entry) => namesAccount(entry, orchard.accountID))).toEqual([]);
  });

  test("gets 404 for an address that is no account ID", async ({ page }) => {
    const response = await page.goto("/accounts/not-an-account/tickets");
    expect(response?.status()).toBe(404);
  });
});

test.describe("a partner agent on an account not connected to the partner", () => {
  test.use({ storageState: storageStateFor("partner-harbor") });

  test("gets 403", async ({ page }) => {
    const response = await page.goto(ticketsURL(orchard.accountID));
    expect(response?.status()).toBe(403);
    await expect(
      page.getByRole("heading", { name: "You can't act for this account" }),
    ).toBeVisible();
  });
});

test.describe("a partner agent limited to some connected accounts", () => {
  test.use({ storageState: storageStateFor("support-quayside") });

  test("gets 403 for a connected account not on its list", async ({ page }) => {
    const response = await page.goto(ticketsURL(bluebird.accountID));
    expect(response?.status()).toBe(403);
  });
});
