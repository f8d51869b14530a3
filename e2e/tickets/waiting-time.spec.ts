import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { MergedQueuePage } from "../all-accounts/merged-queue-page";
import { demoAccounts, expect, expectNoAxeViolations, storageStateFor, test } from "../fixtures";
import type { EmulatorTicket } from "../fixtures/emulator-admin";
import { paths, urlOf } from "../support/paths";
import { QueuePage } from "../support/queue-page";
import { TicketPage } from "../support/ticket-page";
import { ownTicket, ownTickets } from "../support/tickets";

/**
 * Each open ticket says how long it has waited and on whom: "Waiting on Moov
 * · …" while the business wrote last, "Moov replied … ago" once Moov's staff
 * did. Tickets are created through the emulator with the contact Ada
 * Lovelace, who writes the first message.
 */
const liveStatus = (page: Page) => page.getByRole("status").filter({ hasText: /^Live$/ });
const waitingOnMoov = /Waiting on Moov · (< 1 min|\d+ min)/;
const moovReplied = /Moov replied (just now|\d+ min ago)/;
const staffReply = {
  author: "Priya (Moov Support)",
  body: "We found the payout; it lands tomorrow.",
};
// The admin API adds a message by any author: here the contact's own answer.
const contactReply = { author: "Ada Lovelace", body: "Thanks, we will watch for it." };

/** The queue's text contrast (axe's color-contrast rule on the table: a full run is slow). */
async function expectReadableTable(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .include("table")
    .withRules(["color-contrast"])
    .analyze();
  expect(
    results.violations.flatMap((violation) => violation.nodes.map((node) => node.html)),
  ).toEqual([]);
}

/** Counts the browser's reads of the waiting lines from now on. */
function waitingReads(page: Page): { count(): number } {
  let sent = 0;
  page.on("request", (request) => {
    if (new URL(request.url()).pathname === "/api/tickets/waiting") sent += 1;
  });
  return { count: () => sent };
}

test.describe("as an account agent", () => {
  const { accountID } = demoAccounts.bluebird;
  test.use({ storageState: storageStateFor("agent-bluebird") });

  test("a ticket waits on Moov until Moov's staff reply, in its row and on its page", async ({
    page,
    emulator,
  }) => {
    const ticket = await ownTicket(emulator, accountID);
    const queue = new QueuePage(page, accountID);
    await queue.gotoTicketSet(ticket, "open");
    await expect(queue.row(ticket)).toContainText(waitingOnMoov);
    await expect(liveStatus(page)).toBeVisible();

    await emulator.addStaffMessage(ticket.ticketID, staffReply);

    await expect(queue.row(ticket)).toContainText(moovReplied);
    await expect(queue.row(ticket)).not.toContainText("Waiting on Moov");
    const ticketPage = new TicketPage(page, accountID, ticket);
    const reads = waitingReads(page);
    await ticketPage.goto();
    await expect(ticketPage.messages()).toHaveCount(2);
    await expect(ticketPage.field("Latest message")).toHaveText(moovReplied);
    // The page already holds the thread: it asks nothing more for the line.
    expect(reads.count()).toBe(0);
    await expectNoAxeViolations(page);
  });

  test("the rows of a page read their lines in one request, and a closed ticket has none", async ({
    page,
    emulator,
  }) => {
    const { foreignID, tickets } = await ownTickets(emulator, accountID, 3);
    const [replied, answered, closed] = tickets as [EmulatorTicket, EmulatorTicket, EmulatorTicket];
    await emulator.addStaffMessage(replied.ticketID, staffReply);
    await emulator.addStaffMessage(answered.ticketID, staffReply);
    await emulator.addStaffMessage(answered.ticketID, contactReply);
    await emulator.setStaffStatus(closed.ticketID, "closed");
    const queue = new QueuePage(page, accountID);
    const reads = waitingReads(page);

    await queue.goto(`?status=all&foreignID=${foreignID}`);

    await expect(queue.row(replied)).toContainText(moovReplied);
    await expect(queue.row(answered)).toContainText(waitingOnMoov);
    await expect(queue.row(closed)).not.toContainText(/Waiting on Moov|Moov replied/);
    expect(reads.count()).toBe(1);
  });

  test("an overdue wait says so in words, in colours readable in light and dark", async ({
    page,
  }) => {
    // Two contrast checks of a full page of rows: several seconds each on a busy machine.
    test.slow();
    // The demo seed's open tickets were last written to weeks ago, past the red threshold
    // (72 h): waiting longest, they come first, whatever other tests have created since.
    const queue = new QueuePage(page, accountID);
    await queue.goto("?sort=waiting");
    await expect(
      queue
        .rows()
        .filter({ hasText: /· overdue/ })
        .first(),
    ).toBeVisible();
    await expectReadableTable(page);
    await page.emulateMedia({ colorScheme: "dark" });
    await expectReadableTable(page);
  });

  test("Waiting longest puts the ticket that has waited longest first, and stays in the URL", async ({
    page,
    emulator,
  }) => {
    const { foreignID, tickets } = await ownTickets(emulator, accountID, 3);
    const [first, second, third] = tickets as [EmulatorTicket, EmulatorTicket, EmulatorTicket];
    // Moov answers the oldest: it has waited least now, and the other two in creation order.
    await emulator.addStaffMessage(first.ticketID, staffReply);
    const stored = await emulator.getTicket(accountID, first.ticketID);
    expect(second.createdOn < third.createdOn).toBe(true);
    expect(third.createdOn < (stored.latestMessageOn ?? "")).toBe(true);
    const queue = new QueuePage(page, accountID);
    await queue.goto(`?foreignID=${foreignID}`);
    await expect(queue.rows()).toHaveCount(3);
    expect(await queue.titles()).toEqual([third.title, second.title, first.title]);

    await queue.order("Waiting longest");

    await expect(page).toHaveURL(urlOf(paths.queue(accountID)));
    await expect(page).toHaveURL(/sort=waiting/);
    await expect.poll(() => queue.titles()).toEqual([second.title, third.title, first.title]);
    await expect(queue.row(first)).toContainText(moovReplied);
    await page.reload();
    await expect(page.getByLabel("Order")).toHaveValue("waiting");
    await expect.poll(() => queue.titles()).toEqual([second.title, third.title, first.title]);
  });
});

test.describe("as a partner agent, across accounts", () => {
  const { accountID } = demoAccounts.cedar;
  test.use({ storageState: storageStateFor("partner-harbor") });

  test("each merged row says on whom its ticket waits", async ({ page, emulator }) => {
    const { foreignID, tickets } = await ownTickets(emulator, accountID, 2);
    const [replied, answered] = tickets as [EmulatorTicket, EmulatorTicket];
    await emulator.addStaffMessage(replied.ticketID, staffReply);
    await emulator.addStaffMessage(answered.ticketID, staffReply);
    await emulator.addStaffMessage(answered.ticketID, contactReply);
    const merged = new MergedQueuePage(page);

    await merged.gotoSet(foreignID);

    await expect(merged.row(replied)).toContainText(moovReplied);
    await expect(merged.row(answered)).toContainText(waitingOnMoov);
  });
});
