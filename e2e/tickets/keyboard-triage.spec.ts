import { demoAccounts, demoUsers, expect, storageStateFor, test } from "../fixtures";
import { journal, journalMark } from "../support/journal";
import { moovPaths, paths } from "../support/paths";
import { QueuePage } from "../support/queue-page";
import { ownTickets } from "../support/tickets";

const accountID = demoAccounts.bluebird.accountID;

test.describe("keyboard triage", () => {
  // Signed out: the run starts at the sign-in form, keyboard only from there.
  test.use({ storageState: { cookies: [], origins: [] } });

  test("sign in, j j x j x, Shift+C, Enter: the two selected tickets are closed", async ({
    page,
    emulator,
  }) => {
    const { foreignID, tickets } = await ownTickets(emulator, accountID, 3);
    const queue = new QueuePage(page, accountID);
    await page.goto(paths.queue(accountID, `?foreignID=${foreignID}`));

    const user = demoUsers["agent-bluebird"];
    await expect(page.getByLabel("Email")).toBeFocused();
    await page.keyboard.type(user.email);
    await page.keyboard.press("Tab");
    await page.keyboard.type(user.password);
    await page.keyboard.press("Enter");
    await expect(queue.rows()).toHaveCount(3, { timeout: 30_000 });
    await queue.ready();
    const since = journalMark();
    // Rows in the order on screen (tickets created in the same millisecond may come either way).
    const [top, second, third] = await queue.inScreenOrder(tickets);
    if (!top || !second || !third) throw new Error("three rows expected");

    await page.keyboard.press("j");
    await expect(queue.row(top).getByRole("link", { name: top.title })).toBeFocused();
    await page.keyboard.press("j");
    await page.keyboard.press("x");
    await page.keyboard.press("j");
    await page.keyboard.press("x");
    await expect(page.getByRole("status").filter({ hasText: "2 selected." })).toHaveText(
      `Selected ticket #${third.number}. 2 selected.`,
    );
    await page.keyboard.press("Shift+C");
    const dialog = page.getByRole("dialog", { name: "Close 2 tickets?" });
    await expect(dialog).toBeVisible();
    await page.keyboard.press("Enter");

    await expect(page.getByRole("dialog")).toHaveAccessibleName("2 tickets: 2 closed");
    await page.keyboard.press("Escape");
    // The open queue keeps only the ticket left open.
    await expect(queue.rows()).toHaveCount(1);
    await expect(queue.badge(top)).toHaveAccessibleName("Status: New");
    expect((await emulator.getTicket(accountID, second.ticketID)).status).toBe("closed");
    expect((await emulator.getTicket(accountID, third.ticketID)).status).toBe("closed");
    const patches = await journal(emulator, { since, method: "PATCH" });
    expect(patches.map((entry) => entry.path).sort()).toEqual(
      [
        moovPaths.ticket(accountID, second.ticketID),
        moovPaths.ticket(accountID, third.ticketID),
      ].sort(),
    );
  });
});

test.describe("keyboard on a row", () => {
  test.use({ storageState: storageStateFor("agent-bluebird") });

  test("k moves back, o opens, c asks before closing the focused ticket", async ({
    page,
    emulator,
  }) => {
    const { foreignID, tickets } = await ownTickets(emulator, accountID, 2);
    const queue = new QueuePage(page, accountID);
    await queue.goto(`?foreignID=${foreignID}`);
    await expect(queue.rows()).toHaveCount(2);
    await queue.ready();
    const [newer, older] = await queue.inScreenOrder(tickets);
    if (!newer || !older) throw new Error("two rows expected");

    await page.keyboard.press("j");
    await page.keyboard.press("j");
    await expect(queue.row(older).getByRole("link", { name: older.title })).toBeFocused();
    await page.keyboard.press("k");
    await expect(queue.row(newer).getByRole("link", { name: newer.title })).toBeFocused();

    await page.keyboard.press("c");
    const confirm = page.getByRole("dialog", { name: `Close ticket #${newer.number}?` });
    await expect(confirm).toBeVisible();
    // While the dialog is open, the queue's keys stay out of its way.
    await page.keyboard.press("j");
    await expect(confirm.getByRole("button", { name: "Keep it open" })).toBeFocused();
    await page.keyboard.press("Escape");
    await expect(confirm).toBeHidden();

    await page.keyboard.press("o");
    await expect(page).toHaveURL(paths.ticket(accountID, newer.ticketID));
    await expect(page.getByRole("heading", { level: 1, name: newer.title })).toBeVisible();
  });
});
