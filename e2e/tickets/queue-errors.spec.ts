import { errorForStatus } from "../../lib/moov/errors";
import { maxAttempts } from "../../lib/moov/retry-policy";
import { expect, expectNoAxeViolations, test } from "../fixtures";
import { freshMerchantOfHarbor, lastRequestID, ownTicket, queuePath, signInAs } from "./helpers";

// A fresh merchant per test, so faults on its list path cannot hit any other test; the
// partner signs in after creating it, so the session's directory knows the new account.
test.use({ storageState: { cookies: [], origins: [] } });

test("a queue that cannot load shows the message, the request ID and Try again", async ({
  page,
  emulator,
}) => {
  const accountID = await freshMerchantOfHarbor(emulator);
  await signInAs(page, "partner-harbor");
  const ticket = await ownTicket(emulator, accountID);
  const path = `/accounts/${accountID}/tickets`;
  // On every attempt: the server retries a 500 before giving up.
  await emulator.addFault({ method: "GET", path, status: 500, times: maxAttempts });

  await page.goto(queuePath(accountID));
  const alert = page.getByRole("alert").filter({ hasText: "Tickets could not be loaded" });
  await expect(alert).toContainText(errorForStatus(500).message);
  await expect(alert.getByTestId("request-id")).toHaveText(
    await lastRequestID(emulator, "GET", path),
  );
  await expectNoAxeViolations(page);

  await alert.getByRole("button", { name: "Try again" }).click();
  await expect(page.getByRole("row").filter({ hasText: ticket.title })).toBeVisible();
});

test("a filter change that fails in the browser can be retried", async ({ page, emulator }) => {
  const accountID = await freshMerchantOfHarbor(emulator);
  await signInAs(page, "partner-harbor");
  const ticket = await ownTicket(emulator, accountID);
  await emulator.setStaffStatus(ticket.ticketID, "on-hold");
  const path = `/accounts/${accountID}/tickets`;
  await page.goto(queuePath(accountID));
  await expect(page.getByRole("row").filter({ hasText: ticket.title })).toBeVisible();

  await emulator.addFault({
    method: "GET",
    path,
    status: 429,
    headers: { "retry-after": "3" },
    times: 1,
  });
  await page.getByRole("button", { name: "On hold", exact: true }).click();
  const alert = page.getByRole("alert").filter({ hasText: "Tickets could not be loaded" });
  await expect(alert).toContainText("Try again in 3 seconds.");
  await expect(alert.getByTestId("request-id")).toHaveText(
    await lastRequestID(emulator, "GET", path),
  );
  await alert.getByRole("button", { name: "Try again" }).click();
  await expect(page.getByRole("row").filter({ hasText: ticket.title })).toBeVisible();
});

test("an empty account shows the empty state", async ({ page, emulator }) => {
  const accountID = await freshMerchantOfHarbor(emulator);
  await signInAs(page, "partner-harbor");
  await page.goto(queuePath(accountID));
  await expect(page.getByRole("heading", { name: "No tickets here" })).toBeVisible();
  await expectNoAxeViolations(page);
});
