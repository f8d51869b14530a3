import { demoAccounts, expect, storageStateFor, test, uniqueTag } from "../fixtures";
import { notice, shownRequestID } from "../support/close-dialog";
import { callName, journal, journalMark, requestIDsAnswered } from "../support/journal";
import { moovPaths, paths } from "../support/paths";
import { freshMerchantAccount, ownTicket } from "../support/tickets";
import { MergedQueuePage } from "./merged-queue-page";

const { harbor, bluebird, quayside } = demoAccounts;

test.use({ storageState: storageStateFor("partner-harbor") });

/** The page's event stream is open once its status says "Live": nothing sent after that is missed. */
const liveStatus = (queue: MergedQueuePage) =>
  queue.page.getByRole("status").filter({ hasText: /^Live$/ });

test("a merchant that fails shows one notice with its name, reason and request ID, the others their tickets; Try again reads it alone", async ({
  page,
  emulator,
}) => {
  // Two new merchants, and the view narrowed to them: other tests' tickets never refresh it.
  const merchant = await freshMerchantAccount(emulator);
  const other = await freshMerchantAccount(emulator);
  const foreignID = uniqueTag("failing");
  const failing = await ownTicket(emulator, merchant.accountID, { foreignID });
  const healthy = await ownTicket(emulator, other.accountID, { foreignID });
  // Opening a new merchant's queue once makes the signed-in session know it.
  await page.goto(paths.queue(merchant.accountID));
  await page.goto(paths.queue(other.accountID));
  const path = moovPaths.tickets(merchant.accountID);
  const fault = await emulator.addFault({ method: "GET", path, status: 403 });
  const since = journalMark();

  const queue = new MergedQueuePage(page);
  try {
    await queue.gotoSet(foreignID, `&account=${merchant.accountID}&account=${other.accountID}`);
    const failure = queue.failure(`${merchant.displayName} · via Harbor Platform`);
    await expect(failure).toBeVisible();
    await expect(failure).toContainText("You do not have access to this account's tickets.");
    // Moov's request ID of a refused read of that merchant (a Harbor partner's view in a
    // parallel test may read the fresh merchant too and meet the same fault: any of those).
    expect(
      await requestIDsAnswered(emulator, { since, method: "GET", path, status: 403 }),
    ).toContain(await shownRequestID(failure).textContent());
    await expect(page.getByRole("alert").filter({ hasText: "could not be loaded" })).toHaveCount(1);
    await expect(queue.row(healthy)).toBeVisible();
    await expect(queue.row(failing)).toHaveCount(0);
  } finally {
    await emulator.removeFault(fault);
  }

  const retried = page.waitForRequest((request) => {
    const url = new URL(request.url());
    return url.pathname === "/api/tickets" && url.searchParams.has("only");
  });
  await queue
    .failure(merchant.displayName)
    .getByRole("button", { name: /^Try again/ })
    .click();
  expect(new URL((await retried).url()).searchParams.get("only")).toBe(merchant.accountID);
  await expect(queue.row(failing)).toBeVisible();
  await expect(queue.row(healthy)).toBeVisible();
  await expect(queue.failure(merchant.displayName)).toHaveCount(0);
  await expect(queue.rows()).toHaveCount(2);
});

test("Close from the merged view closes that ticket, once, with the partner's scopes and that account's profile", async ({
  page,
  emulator,
}) => {
  const foreignID = uniqueTag("close");
  const target = await ownTicket(emulator, quayside.accountID, { foreignID });
  const neighbour = await ownTicket(emulator, bluebird.accountID, { foreignID });
  const queue = new MergedQueuePage(page);
  await queue.gotoSet(foreignID);
  await expect(queue.badge(target)).toHaveAccessibleName("Status: New");
  const since = journalMark();

  await queue.closeTicket(target);
  await expect(notice(page)).toContainText(`Ticket #${target.number} is closed.`);
  await expect(queue.badge(target)).toHaveAccessibleName("Status: Closed");
  await expect(queue.badge(neighbour)).toHaveAccessibleName("Status: New");

  expect((await emulator.getTicket(quayside.accountID, target.ticketID)).status).toBe("closed");
  expect((await emulator.getTicket(bluebird.accountID, neighbour.ticketID)).status).toBe("new");
  const patches = (await journal(emulator, { since, method: "PATCH" })).filter(
    (entry) =>
      entry.path.endsWith(`/tickets/${target.ticketID}`) ||
      entry.path.endsWith(`/tickets/${neighbour.ticketID}`),
  );
  expect(patches.map(callName)).toEqual([
    `PATCH ${moovPaths.ticket(quayside.accountID, target.ticketID)}`,
  ]);
  expect([...(patches[0]?.tokenScopes ?? [])].sort()).toEqual(
    [
      `/accounts/${harbor.accountID}/tickets.read`,
      `/accounts/${harbor.accountID}/tickets.write`,
      `/accounts/${quayside.accountID}/profile.read`,
    ].sort(),
  );
});

test("a staff reply on a merchant's ticket updates the open merged view without a reload", async ({
  page,
  emulator,
}) => {
  const foreignID = uniqueTag("live");
  const ticket = await ownTicket(emulator, quayside.accountID, { foreignID });
  const queue = new MergedQueuePage(page);
  await queue.gotoSet(foreignID);
  const row = queue.row(ticket);
  const updated = row.locator("time").nth(1);
  await expect(updated).toHaveAttribute("datetime", ticket.updatedOn);
  await expect(liveStatus(queue)).toBeVisible();
  await page.evaluate(() => {
    document.documentElement.dataset.e2eDocument = "original";
  });

  await emulator.addStaffMessage(ticket.ticketID, {
    author: "Priya (Moov Support)",
    body: "We found the payout; it lands tomorrow.",
  });

  await expect(row).toHaveAttribute("data-recently-changed", "true");
  await expect(updated).not.toHaveAttribute("datetime", ticket.updatedOn);
  await expect(page.locator("html")).toHaveAttribute("data-e2e-document", "original");
});
