import { demoAccounts, expect, storageStateFor, test, uniqueTag } from "../fixtures";
import { callName, journal, journalMark } from "../support/journal";
import { apiPaths, paths } from "../support/paths";
import { QueuePage } from "../support/queue-page";
import { TicketPage } from "../support/ticket-page";
import { ownTicket } from "../tickets/helpers";

/**
 * Addresses and text from outside: malformed or oversized IDs are "not
 * found" without a call to Moov, and markup in anything a customer or Moov
 * wrote is shown as the characters it is, never run.
 */
test.use({ storageState: storageStateFor("agent-bluebird") });

const { bluebird } = demoAccounts;

const hostile = (n: number) =>
  `<img src=x onerror="window.__pwned=${n}"><script>window.__pwned=${n}</script><b>bold</b>`;

test("malformed and oversized IDs in page and API URLs are 404s that never reach Moov", async ({
  page,
  emulator,
}) => {
  // IDs of this test's own, so the journal check reads no other test's calls.
  const tag = uniqueTag("bad");
  const malformed = `not-an-id-${tag}`;
  const long = `${tag}-${"a".repeat(5_000)}`;
  const since = journalMark();
  const pages = [
    paths.queue(malformed),
    paths.queue(long),
    paths.ticket(bluebird.accountID, malformed),
    paths.ticket(bluebird.accountID, long),
    paths.ticket(bluebird.accountID, "%3Cscript%3Ealert(1)%3C%2Fscript%3E"),
    paths.ticket(bluebird.accountID, "..%2F..%2Fetc%2Fpasswd"),
  ];
  for (const url of pages) {
    const response = await page.request.get(url);
    const html = await response.text();
    // A not-found below the streamed account layout keeps the 200 already sent; its page says it.
    expect([200, 404], url.slice(0, 80)).toContain(response.status());
    expect(html, url.slice(0, 80)).toMatch(/Ticket not found|could not be found/);
    expect(html).not.toContain("<script>alert(1)");
  }
  const apis = [
    paths.ticketsAPI(malformed),
    paths.ticketsAPI(long),
    apiPaths.ticket(bluebird.accountID, malformed),
    `${apiPaths.ticket(bluebird.accountID, long)}/messages`,
  ];
  for (const url of apis) {
    const response = await page.request.get(url);
    expect(response.status(), url.slice(0, 80)).toBe(404);
    expect(await response.json()).toMatchObject({ code: "not_found" });
  }
  const reached = await journal(emulator, { since, path: new RegExp(tag) });
  expect(reached.map(callName)).toEqual([]);
});

test("markup in titles, bodies, contact names and messages is shown as text", async ({
  page,
  emulator,
}) => {
  const tag = uniqueTag("xss");
  const ticket = await ownTicket(emulator, bluebird.accountID, {
    title: `${hostile(1)} ${tag}`,
    body: hostile(2),
    contactName: hostile(3),
    foreignID: tag,
  });
  await emulator.addStaffMessage(ticket.ticketID, { author: hostile(4), body: hostile(5) });
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });

  const queue = new QueuePage(page, bluebird.accountID);
  await queue.gotoTicketSet(ticket);
  await expect(queue.row(ticket)).toContainText(hostile(1));

  await new TicketPage(page, bluebird.accountID, ticket).goto();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${hostile(1)} ${tag}`);
  for (const n of [2, 3, 4, 5]) await expect(page.getByText(hostile(n)).first()).toBeVisible();
  await expect(page.locator("main img, main script:not([nonce]), main b")).toHaveCount(0);
  expect(
    await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
  ).toBeUndefined();
  expect(dialogs).toEqual([]);
});

test("markup typed into the New ticket form is sent and shown as text", async ({ page }) => {
  const tag = uniqueTag("form");
  await page.goto(paths.newTicket(bluebird.accountID));
  await page.getByLabel("Title").fill(`${hostile(6)} ${tag}`);
  await page.getByLabel("Message").fill(hostile(7));
  await page.getByLabel("Contact email").fill(`${tag}@example.com`);
  await page.getByLabel("Contact name").fill(hostile(8));
  await page.getByRole("button", { name: "Create ticket" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${hostile(6)} ${tag}`);
  await expect(page.getByText(hostile(7)).first()).toBeVisible();
  expect(
    await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
  ).toBeUndefined();
});
