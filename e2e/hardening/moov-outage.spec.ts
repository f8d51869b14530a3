import { expect, test } from "../fixtures";
import {
  freshMerchantOfHarbor,
  ownTicket,
  queuePath,
  signInAs,
  ticketPath,
} from "../tickets/helpers";

/**
 * Moov down and back. The fault drops every connection about one fresh
 * account (a whole-emulator fault would hit the tests running alongside): the
 * page shows a banner instead of an error page, keeps retrying, and recovers
 * by itself once the fault is removed, without a reload.
 */
test.use({ storageState: { cookies: [], origins: [] } });

test("the ticket page and the queue show a banner while Moov is down and recover without a reload", async ({
  page,
  emulator,
}) => {
  test.slow();
  const accountID = await freshMerchantOfHarbor(emulator);
  await signInAs(page, "partner-harbor");
  const ticket = await ownTicket(emulator, accountID);

  const down = await emulator.addFault({ path: `/accounts/${accountID}/**`, drop: true });
  await page.goto(ticketPath(accountID, ticket.ticketID));
  const banner = page.getByTestId("moov-outage");
  await expect(banner).toContainText("Moov can’t be reached — retrying…", { timeout: 15_000 });
  await expect(page.getByText("This page could not be shown")).toHaveCount(0);
  await page.evaluate(() => {
    (window as unknown as { __sameDocument: boolean }).__sameDocument = true;
  });

  await emulator.removeFault(down);
  await expect(page.getByRole("heading", { level: 1, name: ticket.title })).toBeVisible({
    timeout: 20_000,
  });
  await expect(page.getByTestId("ticket-status")).toHaveText("New");
  await expect(banner).toHaveCount(0);
  expect(
    await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument),
  ).toBe(true);

  const again = await emulator.addFault({ path: `/accounts/${accountID}/**`, drop: true });
  await page.goto(queuePath(accountID));
  await expect(banner).toBeVisible({ timeout: 15_000 });
  await emulator.removeFault(again);
  await expect(page.getByRole("row").filter({ hasText: ticket.title })).toBeVisible({
    timeout: 20_000,
  });
  await expect(banner).toHaveCount(0);
});

test("a 503 on every read of the queue: banner, then the queue once Moov answers", async ({
  page,
  emulator,
}) => {
  test.slow();
  const accountID = await freshMerchantOfHarbor(emulator);
  await signInAs(page, "partner-harbor");
  const ticket = await ownTicket(emulator, accountID);
  const fault = await emulator.addFault({
    method: "GET",
    path: `/accounts/${accountID}/tickets`,
    status: 503,
  });
  await page.goto(queuePath(accountID));
  await expect(page.getByTestId("moov-outage")).toBeVisible({ timeout: 15_000 });
  await emulator.removeFault(fault);
  await expect(page.getByRole("row").filter({ hasText: ticket.title })).toBeVisible({
    timeout: 20_000,
  });
});
