import { demoAccounts, expect, storageStateFor, test } from "../fixtures";
import { sessionTokens } from "../fixtures/session-store";
import { notice } from "../support/close-dialog";
import { journal, journalMark } from "../support/journal";
import { apiPaths, moovPaths } from "../support/paths";
import { signIn } from "../support/sign-in-page";
import { TicketPage } from "../support/ticket-page";
import { ownTicket } from "../tickets/helpers";

/**
 * Faults Moov answers with, injected through the emulator on a ticket the test
 * owns, and what held: the app retries what is safe to retry, within the
 * call's time budget, and after every fault the screen says what Moov really
 * holds. (Each status shown as a close failure is in e2e/tickets/errors.spec.ts.)
 */
const { bluebird } = demoAccounts;
const accountID = bluebird.accountID;

const statusesOf = async (
  emulator: Parameters<typeof journal>[0],
  query: Parameters<typeof journal>[1],
) => (await journal(emulator, query)).map((entry) => entry.status);

test.describe("with the shared session", () => {
  test.use({ storageState: storageStateFor("agent-bluebird") });

  test("503 twice on a read: retried with back-off, the ticket shows", async ({
    page,
    emulator,
  }) => {
    const ticket = await ownTicket(emulator, accountID);
    const path = moovPaths.ticket(accountID, ticket.ticketID);
    const since = journalMark();
    await emulator.addFault({ method: "GET", path, status: 503, times: 2 });
    await new TicketPage(page, accountID, ticket).goto();
    await expect(page.getByRole("heading", { level: 1, name: ticket.title })).toBeVisible();
    const gets = await statusesOf(emulator, { since, method: "GET", path });
    expect(gets.slice(0, 3)).toEqual([503, 503, 200]);
  });

  test("502 then 200 on the close: retried safely, closed exactly once", async ({
    page,
    emulator,
  }) => {
    const ticket = await ownTicket(emulator, accountID);
    const path = moovPaths.ticket(accountID, ticket.ticketID);
    const ticketPage = new TicketPage(page, accountID, ticket);
    await ticketPage.goto();
    const since = journalMark();
    await emulator.addFault({ method: "PATCH", path, status: 502, times: 1 });
    await ticketPage.closeTicket();
    await expect(notice(page)).toContainText(`Ticket #${ticket.number} is closed.`);
    await expect(ticketPage.badge()).toHaveAccessibleName("Status: Closed");
    expect(await statusesOf(emulator, { since, method: "PATCH", path })).toEqual([502, 200]);
  });

  test("429 with Retry-After that fits the budget: waited out, then closed", async ({
    page,
    emulator,
  }) => {
    const ticket = await ownTicket(emulator, accountID);
    const path = moovPaths.ticket(accountID, ticket.ticketID);
    const ticketPage = new TicketPage(page, accountID, ticket);
    await ticketPage.goto();
    const since = journalMark();
    await emulator.addFault({
      method: "PATCH",
      path,
      status: 429,
      headers: { "retry-after": "1" },
      times: 1,
    });
    await ticketPage.closeTicket();
    await expect(notice(page)).toContainText(`Ticket #${ticket.number} is closed.`, {
      timeout: 10_000,
    });
    await expect(ticketPage.badge()).toHaveAccessibleName("Status: Closed");
    const patches = await journal(emulator, { since, method: "PATCH", path });
    expect(patches.map((entry) => entry.status)).toEqual([429, 200]);
    // A lower bound: the second attempt came no sooner than Retry-After allowed.
    const [first, second] = patches.map((entry) => Date.parse(entry.at));
    expect((second ?? 0) - (first ?? 0)).toBeGreaterThanOrEqual(950);
  });

  test("429 whose Retry-After does not fit: no hidden wait, the person sees Moov is busy", async ({
    page,
    emulator,
  }) => {
    const ticket = await ownTicket(emulator, accountID);
    const path = moovPaths.ticket(accountID, ticket.ticketID);
    const since = journalMark();
    await emulator.addFault({
      method: "GET",
      path,
      status: 429,
      headers: { "retry-after": "30" },
      times: 1,
    });
    const response = await page.request.get(apiPaths.ticket(accountID, ticket.ticketID));
    expect(response.status()).toBe(429);
    expect(response.headers()["retry-after"]).toBe("30");
    expect(await response.json()).toMatchObject({
      code: "rate_limited",
      message: "Moov is busy right now. Try again in 30 seconds.",
    });
    // The answer came without a second try: Moov was asked once.
    expect(await statusesOf(emulator, { since, method: "GET", path })).toEqual([429]);
  });

  test("a slow Moov: each call has a time budget, then a clear error", async ({
    page,
    emulator,
  }) => {
    const ticket = await ownTicket(emulator, accountID);
    const path = moovPaths.ticket(accountID, ticket.ticketID);
    const fault = await emulator.addFault({ method: "GET", path, delayMs: 20_000 });
    try {
      const started = Date.now();
      const response = await page.request.get(apiPaths.ticket(accountID, ticket.ticketID));
      expect(response.status()).toBe(504);
      expect(await response.json()).toMatchObject({ code: "timeout" });
      // A lower bound: the app waited its budget out (MOOV_TIMEOUT_MS, 3 s in the E2E
      // environment) rather than giving up at once. The 504 itself shows it did not wait 20 s.
      expect(Date.now() - started).toBeGreaterThan(2_500);
    } finally {
      await emulator.removeFault(fault);
    }
  });

  test("a close Moov never confirms and that cannot be read back says so, then shows the truth", async ({
    page,
    emulator,
  }) => {
    test.slow();
    const ticket = await ownTicket(emulator, accountID);
    const path = moovPaths.ticket(accountID, ticket.ticketID);
    const ticketPage = new TicketPage(page, accountID, ticket);
    await ticketPage.goto();
    const closes = await emulator.addFault({ method: "PATCH", path, drop: true });
    const reads = await emulator.addFault({ method: "GET", path, drop: true });
    await ticketPage.closeTicket();
    await expect(notice(page)).toContainText(`Ticket #${ticket.number} may or may not be closed.`, {
      timeout: 15_000,
    });
    await expect(notice(page)).toContainText(
      "Moov did not answer, so it is not known yet whether this ticket was closed. Its status shows again as soon as Moov answers.",
    );
    await emulator.removeFault(closes);
    await emulator.removeFault(reads);
    await expect(ticketPage.badge()).toHaveAccessibleName("Status: New", { timeout: 20_000 });
    await expect(page.getByText("Moov can’t be reached — retrying…")).toHaveCount(0);
  });
});

test.describe("with a session of its own (a token renewal rotates it)", () => {
  test.use({ storageState: { cookies: [], origins: [] } });

  test("401 once on a read and on the close: the token is renewed each time and work carries on", async ({
    page,
    context,
    emulator,
  }) => {
    await signIn(page, "agent-bluebird");
    const ticket = await ownTicket(emulator, accountID);
    const path = moovPaths.ticket(accountID, ticket.ticketID);
    const ticketPage = new TicketPage(page, accountID, ticket);
    const since = journalMark();
    const tokensAtStart = await sessionTokens(context);

    await emulator.addFault({ method: "GET", path, status: 401, times: 1 });
    await ticketPage.goto();
    await expect(page.getByRole("heading", { level: 1, name: ticket.title })).toBeVisible();
    const tokensAfterRead = await sessionTokens(context);
    expect(tokensAfterRead.filter((token) => !tokensAtStart.includes(token))).not.toEqual([]);

    await emulator.addFault({ method: "PATCH", path, status: 401, times: 1 });
    await ticketPage.closeTicket();
    // The badge flips at once (optimistic); the notice waits for Moov.
    await expect(notice(page)).toContainText(`Ticket #${ticket.number} is closed.`, {
      timeout: 10_000,
    });
    await expect(ticketPage.badge()).toHaveAccessibleName("Status: Closed");
    expect((await emulator.getTicket(accountID, ticket.ticketID)).status).toBe("closed");
    const tokensAfterClose = await sessionTokens(context);
    expect(tokensAfterClose.filter((token) => !tokensAfterRead.includes(token))).not.toEqual([]);

    expect((await statusesOf(emulator, { since, method: "GET", path })).slice(0, 2)).toEqual([
      401, 200,
    ]);
    expect(await statusesOf(emulator, { since, method: "PATCH", path })).toEqual([401, 200]);
    await page.reload();
    await expect(ticketPage.badge()).toHaveAccessibleName("Status: Closed");
  });
});
