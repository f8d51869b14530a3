import type { Page } from "@playwright/test";
import { expect, test } from "../fixtures";
import { moovPaths } from "../support/paths";
import { QueuePage } from "../support/queue-page";
import { signIn } from "../support/sign-in-page";
import { TicketPage } from "../support/ticket-page";
import { freshMerchantOfHarbor, ownTicket } from "../tickets/helpers";

/**
 * Moov down and back. The fault drops every connection about one fresh
 * account (a whole-emulator fault would hit the tests running alongside): the
 * page shows a banner instead of an error page, keeps retrying, and recovers
 * by itself once the fault is removed, without a reload.
 */
test.use({ storageState: { cookies: [], origins: [] } });

const outageBanner = (page: Page) =>
  page.getByRole("status").filter({ hasText: "Moov can’t be reached — retrying…" });

test("the ticket page and the queue show a banner while Moov is down and recover without a reload", async ({
  page,
  emulator,
}) => {
  test.slow();
  const accountID = await freshMerchantOfHarbor(emulator);
  await signIn(page, "partner-harbor");
  const ticket = await ownTicket(emulator, accountID);
  const everythingAbout = `${moovPaths.account(accountID)}/**`;

  const down = await emulator.addFault({ path: everythingAbout, drop: true });
  const ticketPage = new TicketPage(page, accountID, ticket);
  await ticketPage.goto();
  await expect(outageBanner(page)).toBeVisible({ timeout: 15_000 });
  await expect(page.getByText("This page could not be shown")).toHaveCount(0);
  await page.evaluate(() => {
    (window as unknown as { __sameDocument: boolean }).__sameDocument = true;
  });

  await emulator.removeFault(down);
  await expect(page.getByRole("heading", { level: 1, name: ticket.title })).toBeVisible({
    timeout: 20_000,
  });
  await expect(ticketPage.badge()).toHaveAccessibleName("Status: New");
  await expect(outageBanner(page)).toHaveCount(0);
  expect(
    await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument),
  ).toBe(true);

  const again = await emulator.addFault({ path: everythingAbout, drop: true });
  const queue = new QueuePage(page, accountID);
  await queue.goto();
  await expect(outageBanner(page)).toBeVisible({ timeout: 15_000 });
  await emulator.removeFault(again);
  await expect(queue.row(ticket)).toBeVisible({ timeout: 20_000 });
  await expect(outageBanner(page)).toHaveCount(0);
});

test("a 503 on every read of the queue: banner, then the queue once Moov answers", async ({
  page,
  emulator,
}) => {
  test.slow();
  const accountID = await freshMerchantOfHarbor(emulator);
  await signIn(page, "partner-harbor");
  const ticket = await ownTicket(emulator, accountID);
  const fault = await emulator.addFault({
    method: "GET",
    path: moovPaths.tickets(accountID),
    status: 503,
  });
  const queue = new QueuePage(page, accountID);
  await queue.goto();
  await expect(outageBanner(page)).toBeVisible({ timeout: 15_000 });
  await emulator.removeFault(fault);
  await expect(queue.row(ticket)).toBeVisible({ timeout: 20_000 });
});
