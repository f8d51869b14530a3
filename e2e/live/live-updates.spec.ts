import type { Page } from "@playwright/test";
import { demoAccounts, expect, storageStateFor, test } from "../fixtures";
import { e2eEnvironment, e2ePorts } from "../fixtures/environment";
import { callName, journal, journalMark } from "../support/journal";
import { apiPaths, moovPaths } from "../support/paths";
import { QueuePage } from "../support/queue-page";
import { TicketPage } from "../support/ticket-page";
import { ownTicket } from "../tickets/helpers";
import { postWebhook } from "./signed-webhook";

const { bluebird, cedar } = demoAccounts;
const accountID = bluebird.accountID;
const appURL = `http://127.0.0.1:${e2ePorts.app}`;
const webhookSecret = e2eEnvironment().MOOV_WEBHOOK_SECRET ?? "";

test.use({ storageState: storageStateFor("agent-bluebird") });

/** The page's event stream is open once its status says "Live": nothing sent after that is missed. */
const liveStatus = (page: Page) => page.getByRole("status").filter({ hasText: /^Live$/ });

/** A marker that survives only as long as the document does: gone after any reload. */
async function markDocument(page: Page): Promise<void> {
  await page.evaluate(() => {
    document.documentElement.dataset.e2eDocument = "original";
  });
}

async function expectSameDocument(page: Page): Promise<void> {
  await expect(page.locator("html")).toHaveAttribute("data-e2e-document", "original");
}

/**
 * Opens a stream of the page's own person next to the page's, which notes the
 * ticket of each event it is handed, in order. Resolves once the stream is
 * open; answers a reader of what it noted so far.
 */
async function recordEventStream(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(
    (url) =>
      new Promise<void>((resolve, reject) => {
        const noted: string[] = [];
        (window as unknown as { __streamed: string[] }).__streamed = noted;
        const source = new EventSource(url);
        source.addEventListener("ticket", (message) => {
          noted.push(JSON.parse(message.data).ticketID);
        });
        source.onopen = () => resolve();
        source.onerror = () => reject(new Error(`${url} did not open`));
      }),
    apiPaths.events,
  );
  return () => page.evaluate(() => [...(window as unknown as { __streamed: string[] }).__streamed]);
}

const ticketUpdated = (ticket: { ticketID: string }, account: string, status: string) => ({
  type: "ticket.updated",
  data: { accountID: account, ticketID: ticket.ticketID, status },
});

test("a reply from Moov's support staff appears on the open ticket without a reload", async ({
  page,
  emulator,
}) => {
  const ticket = await ownTicket(emulator, accountID);
  await new TicketPage(page, accountID, ticket).goto();
  const messages = page.getByRole("list", { name: "Messages" }).getByRole("listitem");
  await expect(messages).toHaveCount(1);
  await expect(liveStatus(page)).toBeVisible();
  await markDocument(page);

  await emulator.addStaffMessage(ticket.ticketID, {
    author: "Priya (Moov Support)",
    body: "We found the payout; it lands tomorrow.",
  });

  await expect(messages).toHaveCount(2);
  await expect(messages.nth(1)).toContainText("We found the payout; it lands tomorrow.");
  await expectSameDocument(page);
});

test("a ticket moved to on-hold by Moov changes its badge in the open queue", async ({
  page,
  emulator,
}) => {
  const ticket = await ownTicket(emulator, accountID);
  const queue = new QueuePage(page, accountID);
  await queue.gotoTicketSet(ticket);
  await expect(queue.badge(ticket)).toHaveAccessibleName("Status: New");
  await expect(liveStatus(page)).toBeVisible();
  await markDocument(page);

  await emulator.setStaffStatus(ticket.ticketID, "on-hold");

  await expect(queue.badge(ticket)).toHaveAccessibleName("Status: On hold");
  await expectSameDocument(page);
});

test("a forged webhook is refused with 4xx and makes no screen refetch anything", async ({
  page,
  emulator,
}) => {
  const ticket = await ownTicket(emulator, accountID);
  const other = await ownTicket(emulator, accountID);
  const ticketPage = new TicketPage(page, accountID, ticket);
  await ticketPage.goto();
  await expect(liveStatus(page)).toBeVisible();
  const streamed = await recordEventStream(page);
  const since = journalMark();
  const readsOfTicket = async () =>
    (
      await journal(emulator, {
        since,
        method: "GET",
        path: moovPaths.ticketAndBelow(accountID, ticket.ticketID),
      })
    ).map(callName);

  const forged = await postWebhook(
    appURL,
    "not-the-secret",
    ticketUpdated(ticket, accountID, "closed"),
  );
  expect(forged.status).toBe(401);
  const broken = await fetch(`${appURL}${apiPaths.moovWebhook}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: "{",
  });
  expect(broken.status).toBeGreaterThanOrEqual(400);
  expect(broken.status).toBeLessThan(500);

  // A genuine event about another ticket, sent after them. The stream hands events over in the
  // order they came, so once this one has arrived, anything the refused ones let through has too.
  const later = await postWebhook(appURL, webhookSecret, ticketUpdated(other, accountID, "new"));
  expect(later.status).toBe(200);
  await expect.poll(streamed).toContain(other.ticketID);
  expect(await streamed()).not.toContain(ticket.ticketID);
  expect(await readsOfTicket()).toEqual([]);

  // A genuine event for the same ticket does make the page re-read it: the checks above can fail.
  const genuine = await postWebhook(appURL, webhookSecret, ticketUpdated(ticket, accountID, "new"));
  expect(genuine.status).toBe(200);
  await expect.poll(streamed).toContain(ticket.ticketID);
  await expect.poll(readsOfTicket).not.toEqual([]);
  await expect(ticketPage.badge()).toHaveAccessibleName("Status: New");
});

test("the event stream carries only the accounts the person may act for", async ({
  page,
  emulator,
}) => {
  const mine = await ownTicket(emulator, accountID);
  const theirs = await ownTicket(emulator, cedar.accountID);
  await new QueuePage(page, accountID).goto();
  const streamed = await recordEventStream(page);

  // Sent one after the other: the stream keeps their order, so once mine has arrived, theirs
  // would have arrived before it.
  const aboutTheirs = await postWebhook(
    appURL,
    webhookSecret,
    ticketUpdated(theirs, cedar.accountID, "in-progress"),
  );
  expect(aboutTheirs.status).toBe(200);
  const aboutMine = await postWebhook(
    appURL,
    webhookSecret,
    ticketUpdated(mine, accountID, "in-progress"),
  );
  expect(aboutMine.status).toBe(200);

  await expect.poll(streamed).toContain(mine.ticketID);
  expect(await streamed()).not.toContain(theirs.ticketID);
});
