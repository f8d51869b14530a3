import { expect, storageStateFor, test } from "../fixtures";
import type { FaultRule } from "../fixtures/emulator-admin";
import { notice, shownRequestID } from "../support/close-dialog";
import { journal, journalMark, lastRequestID } from "../support/journal";
import { moovPaths, paths } from "../support/paths";
import { TicketPage } from "../support/ticket-page";
import { holdCloses, holdTicketReads, ownTicket, ticketAgents } from "../support/tickets";

type Injected = {
  name: string;
  fault: Omit<FaultRule, "path" | "method">;
  /** What the agent reads, word for word. */
  message: string;
  hasRequestID: boolean;
};

/**
 * Every failure Moov can answer a close with, as the agent must see it. Each
 * fault stays for the whole test, so it answers every attempt the app makes (it
 * retries 5xx and a dropped connection, and renews its token once after a 401);
 * e2e/hardening shows the retries recovering.
 */
const injected: Injected[] = [
  {
    name: "400",
    fault: { status: 400, body: { error: "injected" } },
    message: "Moov could not accept this request.",
    hasRequestID: true,
  },
  {
    name: "401",
    fault: { status: 401, body: { error: "injected" } },
    message: "Your session with Moov has ended. Sign in again to continue.",
    hasRequestID: true,
  },
  {
    name: "403",
    fault: { status: 403, body: { error: "injected" } },
    message: "You do not have access to this account's tickets.",
    hasRequestID: true,
  },
  {
    name: "404",
    fault: { status: 404, body: { error: "injected" } },
    message: "This ticket does not exist or belongs to another account.",
    hasRequestID: true,
  },
  {
    name: "422",
    fault: { status: 422, body: { status: "status cannot be changed" } },
    message: "Moov refused to close this ticket.",
    hasRequestID: true,
  },
  {
    name: "429",
    fault: { status: 429, body: { error: "injected" }, headers: { "retry-after": "9" } },
    message: "Moov is busy right now. Try again in 9 seconds.",
    hasRequestID: true,
  },
  {
    name: "500",
    fault: { status: 500, body: { error: "injected" } },
    message: "Moov ran into a problem. Try again in a moment.",
    hasRequestID: true,
  },
  {
    name: "502",
    fault: { status: 502, body: { error: "injected" } },
    message: "Moov sent back an invalid response. Try again in a moment.",
    hasRequestID: true,
  },
  {
    name: "503",
    fault: { status: 503, body: { error: "injected" } },
    message: "Moov is temporarily unavailable. Try again in a few minutes.",
    hasRequestID: true,
  },
  {
    name: "504",
    fault: { status: 504, body: { error: "injected" } },
    message: "Moov took too long to respond. Try again in a moment.",
    hasRequestID: true,
  },
  {
    name: "connection dropped",
    fault: { drop: true },
    message: "Support Desk could not connect to Moov. Try again in a moment.",
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
        const path = moovPaths.ticket(accountID, ticket.ticketID);
        await emulator.addFault({ method: "PATCH", path, ...fault });
        const ticketPage = new TicketPage(page, accountID, ticket);
        await ticketPage.goto();
        await expect(ticketPage.badge()).toHaveAccessibleName("Status: New");
        const since = journalMark();
        const close = await holdCloses(page, paths.ticket(accountID, ticket.ticketID));
        // The refetch that follows a failed close must not be what puts "New" back.
        const reads = await holdTicketReads(page, accountID, ticket.ticketID);

        await ticketPage.closeTicket();
        await close.arrival();
        await expect(ticketPage.badge()).toHaveAccessibleName("Status: Closed");
        await close.release();

        await expect(notice(page)).toContainText(`Ticket #${ticket.number} was not closed.`);
        await expect(notice(page)).toContainText(message);
        await expect(notice(page)).not.toContainText("injected");
        // Every read of the ticket since the close began is still held: this is the rollback.
        await expect(ticketPage.badge()).toHaveAccessibleName("Status: New");
        if (hasRequestID) {
          await expect(shownRequestID(notice(page))).toHaveText(
            await lastRequestID(emulator, { since, method: "PATCH", path }),
          );
          await expect(notice(page).getByRole("button", { name: "Copy request ID" })).toBeVisible();
        } else {
          await expect(shownRequestID(notice(page))).toHaveCount(0);
        }

        await reads.release();
        await expect(ticketPage.badge()).toHaveAccessibleName("Status: New");
        await expect(ticketPage.closeButton()).toBeVisible();
        expect((await emulator.getTicket(accountID, ticket.ticketID)).status).toBe("new");
      });
    }

    test("timeout: Moov does not answer in time", async ({ page, emulator }) => {
      test.slow();
      const ticket = await ownTicket(emulator, accountID);
      const path = moovPaths.ticket(accountID, ticket.ticketID);
      // Far longer than the app waits for Moov (MOOV_TIMEOUT_MS, 3 s in E2E).
      await emulator.addFault({ method: "PATCH", path, times: 1, delayMs: 60_000 });
      const ticketPage = new TicketPage(page, accountID, ticket);
      await ticketPage.goto();
      await ticketPage.closeTicket();

      // The close is read back after the timeout: Moov still has the ticket open.
      await expect(notice(page)).toContainText(
        "Moov did not answer in time. The ticket is still open; you can try again.",
        { timeout: 30_000 },
      );
      await expect(ticketPage.badge()).toHaveAccessibleName("Status: New");
    });

    test("Moov closes the ticket but its answer is lost: the agent is told it is closed", async ({
      page,
      emulator,
    }) => {
      const ticket = await ownTicket(emulator, accountID);
      const path = moovPaths.ticket(accountID, ticket.ticketID);
      await emulator.addFault({ method: "PATCH", path, dropAnswer: true, times: 1 });
      const ticketPage = new TicketPage(page, accountID, ticket);
      await ticketPage.goto();
      const since = journalMark();
      await ticketPage.closeTicket();

      // The retry meets a 409: the lost attempt is what closed it, so the close succeeded.
      await expect(notice(page)).toHaveText(`Ticket #${ticket.number} is closed.`);
      await expect(ticketPage.badge()).toHaveAccessibleName("Status: Closed");
      expect((await emulator.getTicket(accountID, ticket.ticketID)).status).toBe("closed");
      const patches = await journal(emulator, { since, method: "PATCH", path });
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
      const path = moovPaths.ticket(accountID, ticket.ticketID);
      // A 500 on every attempt the server makes, until the test takes it away.
      const outage = await emulator.addFault({ method: "GET", path, status: 500 });
      const since = journalMark();
      const ticketPage = new TicketPage(page, accountID, ticket);
      await ticketPage.goto();

      const alert = ticketPage.loadError();
      await expect(alert).toContainText("Moov ran into a problem. Try again in a moment.");
      await expect(shownRequestID(alert)).toHaveText(
        await lastRequestID(emulator, { since, method: "GET", path }),
      );
      await emulator.removeFault(outage);
      await alert.getByRole("button", { name: "Try again" }).click();
      await expect(page.getByRole("heading", { level: 1, name: ticket.title })).toBeVisible();
    });
  });
}
