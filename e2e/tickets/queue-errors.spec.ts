import { expect, expectNoAxeViolations, test } from "../fixtures";
import { accountToken } from "../fixtures/session-store";
import { shownRequestID } from "../support/close-dialog";
import { journalMark, requestIDsAnswered } from "../support/journal";
import { moovPaths } from "../support/paths";
import { QueuePage } from "../support/queue-page";
import { signIn } from "../support/sign-in-page";
import { freshMerchantOfHarbor, ownTicket } from "../support/tickets";

// A fresh merchant per test, so faults on its list path cannot hit any other test; the
// partner signs in after creating it, so the session's directory knows the new account.
test.use({ storageState: { cookies: [], origins: [] } });

test("a queue that cannot load shows the message, the request ID and Try again", async ({
  page,
  emulator,
}) => {
  const accountID = await freshMerchantOfHarbor(emulator);
  await signIn(page, "partner-harbor");
  const ticket = await ownTicket(emulator, accountID);
  const path = moovPaths.tickets(accountID);
  // A 500 on every attempt the server makes, until the test takes it away.
  const outage = await emulator.addFault({ method: "GET", path, status: 500 });
  const since = journalMark();

  const queue = new QueuePage(page, accountID);
  await queue.goto();
  const alert = queue.loadError();
  await expect(alert).toContainText("Moov ran into a problem. Try again in a moment.");
  expect(await requestIDsAnswered(emulator, { since, method: "GET", path, status: 500 })).toContain(
    await shownRequestID(alert).textContent(),
  );
  await expectNoAxeViolations(page);

  await emulator.removeFault(outage);
  await alert.getByRole("button", { name: "Try again" }).click();
  await expect(queue.row(ticket)).toBeVisible();
});

test("a filter change that fails in the browser can be retried", async ({
  page,
  context,
  emulator,
}) => {
  const accountID = await freshMerchantOfHarbor(emulator);
  await signIn(page, "partner-harbor");
  const ticket = await ownTicket(emulator, accountID);
  await emulator.setStaffStatus(ticket.ticketID, "on-hold");
  const path = moovPaths.tickets(accountID);
  const queue = new QueuePage(page, accountID);
  await queue.goto();
  await expect(queue.row(ticket)).toBeVisible();

  await emulator.addFault({
    method: "GET",
    path,
    status: 429,
    headers: { "retry-after": "3" },
    times: 1,
    // Only this session's reads: another test's partner view reads this merchant too.
    bearerToken: await accountToken(context, accountID),
  });
  const since = journalMark();
  await queue.filterByStatus("On hold");
  const alert = queue.loadError();
  await expect(alert).toContainText("Try again in 3 seconds.");
  expect(await requestIDsAnswered(emulator, { since, method: "GET", path, status: 429 })).toEqual([
    await shownRequestID(alert).textContent(),
  ]);
  await alert.getByRole("button", { name: "Try again" }).click();
  await expect(queue.row(ticket)).toBeVisible();
});

test("an empty account shows the empty state", async ({ page, emulator }) => {
  const accountID = await freshMerchantOfHarbor(emulator);
  await signIn(page, "partner-harbor");
  const queue = new QueuePage(page, accountID);
  await queue.goto();
  await expect(queue.emptyState()).toBeVisible();
  await expectNoAxeViolations(page);
});
