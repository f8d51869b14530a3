import type { Page } from "@playwright/test";
import { demoAccounts, expect, storageStateFor, test } from "../fixtures";
import { e2eEnvironment, e2ePorts } from "../fixtures/environment";
import { ownTicket, queuePath, rowOf, ticketPath } from "../tickets/helpers";
import { postWebhook } from "./signed-webhook";

const accountID = demoAccounts.bluebird.accountID;
const appURL = `http://127.0.0.1:${e2ePorts.app}`;

test.use({ storageState: storageStateFor("agent-bluebird") });

/** Waits until the page's event stream is open, so nothing sent after this can be missed. */
async function waitForLive(page: Page): Promise<void> {
  await expect(page.locator("[data-connection]")).toHaveAttribute("data-connection", "live");
}

/** A marker that survives only as long as the document does: gone after any reload. */
async function markDocument(page: Page): Promise<void> {
  await page.evaluate(() => {
    document.documentElement.dataset.e2eDocument = "original";
  });
}

async function expectSameDocument(page: Page): Promise<void> {
  await expect(page.locator("html")).toHaveAttribute("data-e2e-document", "original");
}

test("a reply from Moov's support staff appears on the open ticket within 2 s, without a reload", async ({
  page,
  emulator,
}) => {
  const ticket = await ownTicket(emulator, accountID);
  await page.goto(ticketPath(accountID, ticket.ticketID));
  const messages = page.getByRole("list", { name: "Messages" }).getByRole("listitem");
  await expect(messages).toHaveCount(1);
  await waitForLive(page);
  await markDocument(page);

  await emulator.addStaffMessage(ticket.ticketID, {
    author: "Priya (Moov Support)",
    body: "We found the payout; it lands tomorrow.",
  });

  await expect(messages).toHaveCount(2, { timeout: 2_000 });
  await expect(messages.nth(1)).toContainText("We found the payout; it lands tomorrow.");
  await expectSameDocument(page);
});

test("a ticket moved to on-hold by Moov changes its badge in the open queue", async ({
  page,
  emulator,
}) => {
  const ticket = await ownTicket(emulator, accountID);
  await page.goto(queuePath(accountID, `?foreignID=${ticket.foreignID}`));
  const row = rowOf(page, ticket);
  await expect(row).toContainText("New");
  await waitForLive(page);
  await markDocument(page);

  await emulator.setStaffStatus(ticket.ticketID, "on-hold");

  await expect(row).toContainText("On hold", { timeout: 2_000 });
  await expectSameDocument(page);
});

test("a forged webhook is refused with 4xx and makes no screen refetch anything", async ({
  page,
  emulator,
}) => {
  const ticket = await ownTicket(emulator, accountID);
  await page.goto(ticketPath(accountID, ticket.ticketID));
  await waitForLive(page);
  const since = new Date().toISOString();

  const forged = await postWebhook(appURL, "not-the-secret", {
    type: "ticket.updated",
    data: { accountID, ticketID: ticket.ticketID, status: "closed" },
  });
  expect(forged.status).toBe(401);
  const broken = await fetch(`${appURL}/api/webhooks/moov`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: "{",
  });
  expect(broken.status).toBeGreaterThanOrEqual(400);
  expect(broken.status).toBeLessThan(500);

  const readsOfTicket = async () =>
    (await emulator.journal(1000, since)).filter(
      (entry) => entry.method === "GET" && entry.path.includes(ticket.ticketID),
    );
  // Absence needs a wait: a genuine event is re-read well within this second.
  await page.waitForTimeout(1_000);
  expect(await readsOfTicket()).toEqual([]);

  // A genuine event for the same ticket does make the page re-read it: the check above can fail.
  const genuine = await postWebhook(appURL, e2eEnvironment().MOOV_WEBHOOK_SECRET ?? "", {
    type: "ticket.updated",
    data: { accountID, ticketID: ticket.ticketID, status: "new" },
  });
  expect(genuine.status).toBe(200);
  await expect.poll(async () => (await readsOfTicket()).length).toBeGreaterThan(0);
  await expect(page.getByTestId("ticket-status")).toHaveText("New");
});

test("the event stream carries only the accounts the person may act for", async ({
  page,
  emulator,
}) => {
  const mine = await ownTicket(emulator, accountID);
  const theirs = await ownTicket(emulator, demoAccounts.cedar.accountID);
  await page.goto(queuePath(accountID));
  const received = page.evaluate(
    () =>
      new Promise<string[]>((resolve) => {
        const seen: string[] = [];
        const source = new EventSource("/api/events");
        source.addEventListener("ticket", (message) => {
          seen.push(JSON.parse(message.data).ticketID);
        });
        setTimeout(() => {
          source.close();
          resolve(seen);
        }, 2_500);
      }),
  );
  await page.waitForTimeout(500);
  await emulator.setStaffStatus(theirs.ticketID, "in-progress");
  await emulator.setStaffStatus(mine.ticketID, "in-progress");

  const ticketIDs = await received;
  expect(ticketIDs).toContain(mine.ticketID);
  expect(ticketIDs).not.toContain(theirs.ticketID);
});
