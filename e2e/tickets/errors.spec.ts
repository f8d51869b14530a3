import { errorForStatus, unreachableError } from "../../lib/moov/errors";
import { maxAttempts } from "../../lib/moov/retry-policy";
import { actionMessages } from "../../lib/errors/messages";

const closeMessages: Partial<Record<string, string>> = actionMessages.close;
import { expect, storageStateFor, test } from "../fixtures";
import type { FaultRule } from "../fixtures/emulator-admin";
import { lastRequestID, ownTicket, ticketAgents, ticketPath } from "./helpers";

type Injected = {
  name: string;
  fault: Omit<FaultRule, "path" | "method">;
  message: string;
  hasRequestID: boolean;
};

const byStatus = (status: number, extra: Partial<Injected["fault"]> = {}): Injected => ({
  name: String(status),
  fault: {
    status,
    body: status === 422 ? { status: "status cannot be changed" } : { error: "injected" },
    ...extra,
  },
  message:
    closeMessages[errorForStatus(status).code] ??
    errorForStatus(status, {
      retryAfterSeconds: Number(extra.headers?.["retry-after"]) || undefined,
    }).message,
  hasRequestID: true,
});

/**
 * Every failure Moov can answer a close with, as the agent must see it. Faults
 * that the app retries (5xx, a dropped connection) fire on every attempt, and a
 * 401 twice (one token renewal, then the session is over); e2e/hardening shows
 * the retries recovering.
 */
const everyAttempt = { times: maxAttempts };
const injected: Injected[] = [
  byStatus(400),
  byStatus(401, { times: 2 }),
  byStatus(403),
  byStatus(404),
  byStatus(422),
  byStatus(429, { headers: { "retry-after": "9" } }),
  byStatus(500, everyAttempt),
  byStatus(502, everyAttempt),
  byStatus(503, everyAttempt),
  byStatus(504, everyAttempt),
  {
    name: "connection dropped",
    fault: { drop: true, ...everyAttempt },
    message: unreachableError().message,
    hasRequestID: false,
  },
];

for (const { user, accountID } of ticketAgents) {
  test.describe(`close failures as ${user}`, () => {
    test.use({ storageState: storageStateFor(user) });

    for (const { name, fault, message, hasRequestID } of injected) {
      test(`${name}: the badge rolls back and the message and request ID show`, async ({
        page,
        emulator,
      }) => {
        const ticket = await ownTicket(emulator, accountID);
        const path = `/accounts/${accountID}/tickets/${ticket.ticketID}`;
        await emulator.addFault({ method: "PATCH", path, times: 1, ...fault });
        await page.goto(ticketPath(accountID, ticket.ticketID));
        await page.getByRole("button", { name: "Close ticket" }).click();
        await page.getByRole("dialog").getByRole("button", { name: "Close permanently" }).click();

        const notice = page.locator('[data-notice="error"]');
        await expect(notice).toContainText(`Ticket #${ticket.number} was not closed.`);
        await expect(notice).toContainText(message);
        await expect(notice).not.toContainText("injected");
        if (hasRequestID) {
          await expect(notice.getByTestId("request-id")).toHaveText(
            await lastRequestID(emulator, "PATCH", path),
          );
          await expect(notice.getByRole("button", { name: "Copy request ID" })).toBeVisible();
        }
        await expect(page.getByTestId("ticket-status")).toHaveText("New");
        expect((await emulator.getTicket(accountID, ticket.ticketID)).status).toBe("new");
      });
    }

    test("timeout: Moov does not answer in time", async ({ page, emulator }) => {
      test.slow();
      const ticket = await ownTicket(emulator, accountID);
      const path = `/accounts/${accountID}/tickets/${ticket.ticketID}`;
      await emulator.addFault({ method: "PATCH", path, times: 1, delayMs: 60_000 });
      await page.goto(ticketPath(accountID, ticket.ticketID));
      await page.getByRole("button", { name: "Close ticket" }).click();
      await page.getByRole("dialog").getByRole("button", { name: "Close permanently" }).click();
      // The close is read back after the timeout: Moov still has the ticket open.
      await expect(page.locator('[data-notice="error"]')).toContainText(
        closeMessages.timeout ?? "",
        { timeout: 30_000 },
      );
      await expect(page.getByTestId("ticket-status")).toHaveText("New");
    });

    test("Moov closes the ticket but its answer is lost: the agent is told it is closed", async ({
      page,
      emulator,
    }) => {
      const ticket = await ownTicket(emulator, accountID);
      const path = `/accounts/${accountID}/tickets/${ticket.ticketID}`;
      const since = new Date().toISOString();
      await emulator.addFault({ method: "PATCH", path, dropAnswer: true, times: 1 });
      await page.goto(ticketPath(accountID, ticket.ticketID));
      await page.getByRole("button", { name: "Close ticket" }).click();
      await page.getByRole("dialog").getByRole("button", { name: "Close permanently" }).click();

      // The retry meets a 409: the lost attempt is what closed it, so the close succeeded.
      await expect(page.locator('[data-notice="success"]')).toContainText(
        `Ticket #${ticket.number} is closed.`,
      );
      await expect(page.getByTestId("ticket-status")).toHaveText("Closed");
      expect((await emulator.getTicket(accountID, ticket.ticketID)).status).toBe("closed");
      const patches = (await emulator.journal(1000, since)).filter(
        (entry) => entry.method === "PATCH" && entry.path === path,
      );
      expect(patches.map((entry) => [entry.status, entry.answerDropped ?? false])).toEqual([
        [200, true],
        [409, false],
      ]);
    });

    test("a failed read shows its request ID, and Try again recovers", async ({
      page,
      emulator,
    }) => {
      const ticket = await ownTicket(emulator, accountID);
      const path = `/accounts/${accountID}/tickets/${ticket.ticketID}`;
      // A 500 on every attempt the server makes (an outage, 502/503/504, retries by itself instead).
      await emulator.addFault({ method: "GET", path, status: 500, times: maxAttempts });
      await page.goto(ticketPath(accountID, ticket.ticketID));

      const alert = page.getByRole("alert").filter({ hasText: "This ticket could not be loaded" });
      await expect(alert).toContainText(errorForStatus(500).message);
      await expect(alert.getByTestId("request-id")).toHaveText(
        await lastRequestID(emulator, "GET", path),
      );
      await alert.getByRole("button", { name: "Try again" }).click();
      await expect(page.getByRole("heading", { level: 1, name: ticket.title })).toBeVisible();
    });
  });
}
