import { demoAccounts, expect, storageStateFor, test } from "../fixtures";
import { AccountsPage } from "../support/accounts-page";
import { emulatorOpenCounts, merchantWithTickets } from "../support/open-counts";
import { moovPaths, paths, urlOf } from "../support/paths";
import { freshMerchantAccount, ownTicket } from "../support/tickets";

const { harbor, bluebird, cedar, lumen, quayside, orchard } = demoAccounts;
const harborBook = [harbor, bluebird, cedar, lumen, quayside];

test.describe("the Harbor partner (every connected account)", () => {
  test.use({ storageState: storageStateFor("partner-harbor") });

  test("lists Harbor and its merchants, never Orchard Dental, each with the emulator's counts", async ({
    page,
    emulator,
  }) => {
    const accounts = new AccountsPage(page);
    await accounts.goto();
    await expect(page.getByTestId("acting-for")).toHaveText("All accounts");
    await accounts.loaded();
    for (const account of harborBook) await expect(accounts.row(account.displayName)).toBeVisible();
    await expect(accounts.row(quayside.displayName)).toContainText("via Harbor Platform");
    await expect(page.getByRole("link", { name: orchard.displayName })).toHaveCount(0);
    await expect(page.getByText(/^Counts read /)).toBeVisible();

    // Other tests add tickets to these accounts meanwhile: compare with what
    // the emulator held both before and after the page read it.
    await expect(async () => {
      const before = [];
      for (const account of harborBook)
        before.push(await emulatorOpenCounts(emulator, account.accountID));
      await page.reload();
      await accounts.loaded();
      const shown = [];
      for (const account of harborBook) shown.push(await accounts.counts(account.displayName));
      const after = [];
      for (const account of harborBook)
        after.push(await emulatorOpenCounts(emulator, account.accountID));
      expect(after, "the emulator changed while the page read it").toEqual(before);
      expect(shown).toEqual(before);
    }).toPass({ timeout: 25_000 });
  });

  test("an account's counts and oldest open ticket are its own tickets', and a new ticket adds one", async ({
    page,
    emulator,
  }) => {
    const { merchant, first: oldest } = await merchantWithTickets(emulator, {
      new: 1,
      inProgress: 1,
      onHold: 1,
      closed: 1,
    });
    // The merchant's own page makes the app look up Harbor's connected accounts afresh.
    await page.goto(paths.queue(merchant.accountID));

    const accounts = new AccountsPage(page);
    await accounts.goto();
    await accounts.loaded();
    const expected = { open: 3, new: 1, inProgress: 1, onHold: 1 };
    expect(await emulatorOpenCounts(emulator, merchant.accountID)).toEqual(expected);
    expect(await accounts.counts(merchant.displayName)).toEqual(expected);
    const age = await accounts.oldestOpen(merchant.displayName);
    await expect(age).toHaveAttribute("datetime", oldest.createdOn);
    await expect(age).toHaveAttribute("title", /^Created /);

    await ownTicket(emulator, merchant.accountID);
    await expect(async () => {
      await page.reload();
      await accounts.loaded();
      expect(await accounts.counts(merchant.displayName)).toEqual({ ...expected, open: 4, new: 2 });
    }).toPass({ timeout: 15_000 });
  });

  test("sorting by Open orders the rows by their open tickets, either way", async ({ page }) => {
    const accounts = new AccountsPage(page);
    await accounts.goto();
    await accounts.loaded();

    await accounts.sortBy("Open");
    await expect(accounts.columnHeader("Open")).toHaveAttribute("aria-sort", "descending");
    await expect(accounts.columnHeader("Account")).not.toHaveAttribute("aria-sort");
    const descending = await accounts.openColumn();
    expect(new Set(descending).size, "the accounts differ in open tickets").toBeGreaterThan(1);
    expect(descending).toEqual([...descending].sort((a, b) => b - a));

    await accounts.sortBy("Open");
    await expect(accounts.columnHeader("Open")).toHaveAttribute("aria-sort", "ascending");
    const ascending = await accounts.openColumn();
    expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
  });

  test("one click opens an account's queue, or the all-accounts queue filtered to it", async ({
    page,
  }) => {
    const accounts = new AccountsPage(page);
    await accounts.goto();
    await accounts.filteredQueueLink(quayside.displayName).click();
    await expect(page).toHaveURL(
      (url) => url.pathname === "/tickets" && url.search === `?account=${quayside.accountID}`,
    );

    await accounts.goto();
    await accounts.queueLink(quayside.displayName).click();
    await expect(page).toHaveURL(urlOf(paths.queue(quayside.accountID)));
    await expect(page.getByTestId("acting-for")).toHaveText(
      "Acting for Quayside Books · via Harbor Platform",
    );
  });

  test("the search narrows the rows to the accounts whose name matches", async ({ page }) => {
    const accounts = new AccountsPage(page);
    await accounts.goto();
    await page.getByRole("searchbox", { name: "Search accounts" }).fill("quays");
    await expect(accounts.rows()).toHaveCount(1);
    await expect(accounts.row(quayside.displayName)).toBeVisible();
  });

  test("an account Moov refuses shows why in its row, and Try again reads that account alone", async ({
    page,
    emulator,
  }) => {
    const merchant = await freshMerchantAccount(emulator);
    await ownTicket(emulator, merchant.accountID);
    // Refused from the start: no other test's view of Harbor's accounts can
    // have kept this account's lists before the page reads them.
    const fault = await emulator.addFault({
      method: "GET",
      path: moovPaths.tickets(merchant.accountID),
      status: 403,
    });
    const accounts = new AccountsPage(page);
    try {
      await page.goto(paths.queue(merchant.accountID));
      await accounts.goto();
      await accounts.loaded();
    } finally {
      await emulator.removeFault(fault);
    }
    const row = accounts.row(merchant.displayName);
    await expect(page.getByRole("status").filter({ hasText: "could not be read" })).toBeVisible();
    await expect(row).toContainText("You do not have access to this account's tickets.");
    await expect(row.getByTestId("request-id")).toBeVisible();

    const retried = page.waitForRequest((request) => {
      const url = new URL(request.url());
      return url.pathname === "/api/accounts/summary" && url.searchParams.get("only") !== null;
    });
    await row.getByRole("button", { name: `Try again (${merchant.displayName})` }).click();
    expect(new URL((await retried).url()).searchParams.get("only")).toBe(merchant.accountID);
    await expect(row.getByRole("cell").first()).toHaveText("1");
  });
});

test.describe("a partner agent with a list of connected accounts", () => {
  test.use({ storageState: storageStateFor("support-quayside") });

  test("sees only Harbor and Quayside Books", async ({ page }) => {
    const accounts = new AccountsPage(page);
    await accounts.goto();
    await accounts.loaded();
    expect(await accounts.names()).toEqual([harbor.displayName, quayside.displayName]);
  });
});
