import { demoAccounts, expect, expectNoAxeViolations, storageStateFor, test } from "../fixtures";
import type { EmulatorAdmin } from "../fixtures/emulator-admin";
import { watchCspViolations } from "../hardening/helpers";
import {
  type ExpectedOverview,
  emulatorTickets,
  expectedOverview,
} from "../support/overview-expected";
import { OverviewPage } from "../support/overview-page";
import { moovPaths, paths } from "../support/paths";
import { freshMerchantAccount, ownTicket } from "../support/tickets";

const { harbor, bluebird, quayside } = demoAccounts;

/** What the emulator holds for these accounts right now, as the overview should show it. */
async function expectedFor(
  emulator: EmulatorAdmin,
  accounts: ReadonlyArray<{ accountID: string }>,
) {
  const tickets = [];
  for (const { accountID } of accounts) {
    tickets.push(
      ...(await emulatorTickets(emulator, accountID)).map((ticket) => ({ ...ticket, accountID })),
    );
  }
  return { expected: expectedOverview(tickets, Date.now()), tickets };
}

async function shown(overview: OverviewPage): Promise<ExpectedOverview> {
  return {
    byStatus: (await overview.rows("Open tickets by status")) as Array<[string, number]>,
    ages: (await overview.rows("Age of open tickets")) as Array<[string, number]>,
    weeks: (await overview.rows("Tickets opened and closed per week")) as Array<
      [string, number, number]
    >,
    waiting: await overview.waitingLinks(),
  };
}

/**
 * Other tests add tickets to the demo accounts meanwhile: the page must show
 * what the emulator held both just before and just after it was read.
 */
async function expectEmulatorNumbers(
  overview: OverviewPage,
  emulator: EmulatorAdmin,
  path: string,
  accounts: ReadonlyArray<{ accountID: string }>,
) {
  await expect(async () => {
    const before = await expectedFor(emulator, accounts);
    await overview.page.goto(path);
    const onScreen = await shown(overview);
    const after = await expectedFor(emulator, accounts);
    expect(after.tickets, "the emulator changed while the page read it").toEqual(before.tickets);
    expect(onScreen).toEqual(before.expected);
  }).toPass({ timeout: 25_000 });
}

test.describe("one account (Bluebird's agent)", () => {
  test.use({ storageState: storageStateFor("agent-bluebird") });

  test("shows the emulator's open tickets by status and age, weekly opened vs closed and the 10 longest waiting", async ({
    page,
    emulator,
  }) => {
    const overview = new OverviewPage(page);
    await expectEmulatorNumbers(overview, emulator, paths.accountOverview(bluebird.accountID), [
      bluebird,
    ]);
    expect(
      (await overview.rows("Open tickets by status")).some(([, count]) => (count ?? 0) > 0),
    ).toBe(true);
    await expect(page.getByText(/^Read at \d\d:\d\d UTC/)).toBeVisible();
    await expect(page.getByRole("figure", { name: "Open tickets by account" })).toHaveCount(0);

    const [first] = await overview.waitingLinks();
    await page.getByRole("region", { name: "Longest waiting" }).getByRole("link").first().click();
    await expect(page).toHaveURL((url) => url.pathname === first);
  });

  test("the account's tabs lead between its tickets and its overview", async ({ page }) => {
    await page.goto(paths.queue(bluebird.accountID));
    const tabs = page.getByRole("navigation", { name: "Account views" });
    await tabs.getByRole("link", { name: "Overview" }).click();
    await expect(page).toHaveURL(
      (url) => url.pathname === paths.accountOverview(bluebird.accountID),
    );
    await expect(tabs.getByRole("link", { name: "Overview" })).toHaveAttribute(
      "aria-current",
      "page",
    );
    await expect(page.getByRole("heading", { level: 1, name: "Overview" })).toBeVisible();
  });

  for (const colorScheme of ["light", "dark"] as const) {
    test(`every chart is a named image with a table alternative, axe clean (${colorScheme})`, async ({
      page,
    }) => {
      // Opens three tables and runs axe: more than the default 30 s on a loaded 2-core machine.
      test.slow();
      await page.emulateMedia({ colorScheme });
      const overview = new OverviewPage(page);
      await page.goto(paths.accountOverview(bluebird.accountID));
      for (const title of OverviewPage.charts) {
        await expect(overview.chart(title)).toBeVisible();
        await expect(overview.chart(title)).toHaveAccessibleDescription(/\d/);
        await expect(await overview.table(title)).toBeVisible();
      }
      await expectNoAxeViolations(page);
    });
  }
});

test.describe("several accounts (Quayside's partner agent: Harbor and Quayside Books)", () => {
  test.use({ storageState: storageStateFor("support-quayside") });

  test("adds up both accounts, with open tickets per account, as the emulator holds them", async ({
    page,
    emulator,
  }) => {
    // Two rounds of reading both accounts' full lists, before and after the page, then axe.
    test.slow();
    const overview = new OverviewPage(page);
    await expectEmulatorNumbers(overview, emulator, paths.overview, [harbor, quayside]);
    await expect(page.getByText(/· 2 of 2 accounts$/)).toBeVisible();

    const open = async (accountID: string) =>
      (await emulatorTickets(emulator, accountID)).filter((ticket) => ticket.status !== "closed")
        .length;
    await expect(async () => {
      const before = [await open(harbor.accountID), await open(quayside.accountID)];
      await page.goto(paths.overview);
      const rows = await overview.rows("Open tickets by account");
      const after = [await open(harbor.accountID), await open(quayside.accountID)];
      expect(after).toEqual(before);
      const expected: Array<[string, number]> = [
        [harbor.displayName, before[0] ?? 0],
        [`${quayside.displayName} · via ${harbor.displayName}`, before[1] ?? 0],
      ];
      expect(rows).toEqual(expected.sort((a, b) => b[1] - a[1]));
    }).toPass({ timeout: 25_000 });
    await expectNoAxeViolations(page);
  });

  test("neither overview trips the Content-Security-Policy in the browser", async ({ page }) => {
    const violations = await watchCspViolations(page);
    for (const path of [paths.overview, paths.accountOverview(harbor.accountID)]) {
      await page.goto(path);
      await expect(new OverviewPage(page).chart("Open tickets by status")).toBeVisible();
    }
    expect(violations).toEqual([]);
  });

  test("the header's Overview tab is the charts, apart from the Accounts table", async ({
    page,
  }) => {
    await page.goto(paths.allTickets());
    const views = page.getByRole("navigation", { name: "All-accounts views" });
    await views.getByRole("link", { name: "Overview" }).click();
    await expect(page).toHaveURL((url) => url.pathname === paths.overview);
    await expect(views.getByRole("link", { name: "Overview" })).toHaveAttribute(
      "aria-current",
      "page",
    );
    await views.getByRole("link", { name: "Accounts" }).click();
    await expect(page).toHaveURL((url) => url.pathname === "/accounts");
  });
});

test.describe("an account Moov refuses (Harbor's partner)", () => {
  test.use({ storageState: storageStateFor("partner-harbor") });

  test("is named with the reason and request ID, and the page shows the others", async ({
    page,
    emulator,
  }) => {
    const merchant = await freshMerchantAccount(emulator);
    await ownTicket(emulator, merchant.accountID);
    // The merchant's own page makes the app look up Harbor's connected accounts afresh.
    await page.goto(paths.queue(merchant.accountID));
    const fault = await emulator.addFault({
      method: "GET",
      path: moovPaths.tickets(merchant.accountID),
      status: 403,
    });
    try {
      await page.goto(paths.overview);
      const alert = page.getByRole("alert").filter({ hasText: "could not be read" });
      const entry = alert.getByRole("listitem").filter({ hasText: merchant.displayName });
      await expect(entry).toContainText("You do not have access to this account's tickets.");
      await expect(entry).toContainText(/request ID [0-9a-f-]{36}/);
    } finally {
      await emulator.removeFault(fault);
    }
    await expect(new OverviewPage(page).chart("Open tickets by status")).toBeVisible();
  });
});
