import { errorForStatus } from "../../lib/moov/errors";
import { maxAttempts } from "../../lib/moov/retry-policy";
import { closeMessages } from "../../lib/tickets/close-messages";
import { signInFresh } from "../auth/sign-in-helpers";
import { demoAccounts, expect, storageStateFor, test } from "../fixtures";
import { ownTicket, ticketPath } from "../tickets/helpers";
import { journalSince } from "./helpers";

/**
 * Faults Moov answers with, injected through the emulator, and what held: the
 * app retries what is safe to retry, within the call's time budget, and after
 * every fault the screen says what Moov really holds. (Each status shown as a
 * close failure is in e2e/tickets/errors.spec.ts.)
 */
const { bluebird } = demoAccounts;
const accountID = bluebird.accountID;

const closeFromPage = async (page: import("@playwright/test").Page) => {
  await page.getByRole("button", { name: "Close ticket" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Close permanently" }).click();
};

test.describe("with the shared session", () => {
  test.use({ storageState: storageStateFor("agent-bluebird") });

  test("503 twice on a read: retried with back-off, the ticket shows", async ({
    page,
    emulator,
  }) => {
    const ticket = await ownTicket(emulator, accountID);
    const path = `/accounts/${accountID}/tickets/${ticket.ticketID}`;
    const since = new Date().toISOString();
    await emulator.addFault({ method: "GET", path, status: 503, times: 2 });
    await page.goto(ticketPath(accountID, ticket.ticketID));
    await expect(page.getByRole("heading", { level: 1, name: ticket.title })).toBeVisible();
    const gets = (await journalSince(emulator, since)).filter(
      (entry) => entry.method === "GET" && entry.path === path,
    );
    expect(gets.map((entry) => entry.status).slice(0, 3)).toEqual([503, 503, 200]);
  });

  test("502 then 200 on the close: retried safely, closed exactly once", async ({
    page,
    emulator,
  }) => {
    const ticket = await ownTicket(emulator, accountID);
    const path = `/accounts/${accountID}/tickets/${ticket.ticketID}`;
    await page.goto(ticketPath(accountID, ticket.ticketID));
    const since = new Date().toISOString();
    await emulator.addFault({ method: "PATCH", path, status: 502, times: 1 });
    await closeFromPage(page);
    await expect(page.locator('[data-notice="success"]')).toContainText(
      `Ticket #${ticket.number} is closed.`,
    );
    await expect(page.getByTestId("ticket-status")).toHaveText("Closed");
    const patches = (await journalSince(emulator, since)).filter(
      (entry) => entry.method === "PATCH" && entry.path === path,
    );
    expect(patches.map((entry) => entry.status)).toEqual([502, 200]);
  });

  test("429 with Retry-After that fits the budget: waited out, then closed", async ({
    page,
    emulator,
  }) => {
    const ticket = await ownTicket(emulator, accountID);
    const path = `/accounts/${accountID}/tickets/${ticket.ticketID}`;
    await page.goto(ticketPath(accountID, ticket.ticketID));
    const since = new Date().toISOString();
    await emulator.addFault({
      method: "PATCH",
      path,
      status: 429,
      headers: { "retry-after": "1" },
      times: 1,
    });
    await closeFromPage(page);
    await expect(page.locator('[data-notice="success"]')).toBeVisible({ timeout: 10_000 });
    await expect(page.getByTestId("ticket-status")).toHaveText("Closed");
    const patches = (await journalSince(emulator, since)).filter(
      (entry) => entry.method === "PATCH" && entry.path === path,
    );
    expect(patches.map((entry) => entry.status)).toEqual([429, 200]);
    const [first, second] = patches.map((entry) => Date.parse(String(entry.at)));
    expect((second ?? 0) - (first ?? 0)).toBeGreaterThanOrEqual(950);
  });

  test("429 whose Retry-After does not fit: no hidden wait, the person sees Moov is busy", async ({
    page,
    emulator,
  }) => {
    const ticket = await ownTicket(emulator, accountID);
    const path = `/accounts/${accountID}/tickets/${ticket.ticketID}`;
    await emulator.addFault({
      method: "GET",
      path,
      status: 429,
      headers: { "retry-after": "30" },
      times: 1,
    });
    const started = Date.now();
    const response = await page.request.get(`/api${path}`);
    expect(response.status()).toBe(429);
    expect(response.headers()["retry-after"]).toBe("30");
    expect(await response.json()).toMatchObject({
      code: "rate_limited",
      message: errorForStatus(429, { retryAfterSeconds: 30 }).message,
    });
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  test("a slow Moov: each call has a time budget, then a clear error", async ({
    page,
    emulator,
  }) => {
    const ticket = await ownTicket(emulator, accountID);
    const path = `/accounts/${accountID}/tickets/${ticket.ticketID}`;
    const fault = await emulator.addFault({ method: "GET", path, delayMs: 20_000 });
    try {
      const started = Date.now();
      const response = await page.request.get(`/api${path}`);
      const took = Date.now() - started;
      expect(response.status()).toBe(504);
      expect(await response.json()).toMatchObject({ code: "timeout" });
      // MOOV_TIMEOUT_MS is 3 s in the E2E environment, retries included.
      expect(took).toBeGreaterThan(2_500);
      expect(took).toBeLessThan(6_000);
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
    const path = `/accounts/${accountID}/tickets/${ticket.ticketID}`;
    await page.goto(ticketPath(accountID, ticket.ticketID));
    await emulator.addFault({ method: "PATCH", path, drop: true, times: maxAttempts });
    const reads = await emulator.addFault({ method: "GET", path, drop: true });
    await closeFromPage(page);
    const notice = page.locator('[data-notice="error"]');
    await expect(notice).toContainText(`Ticket #${ticket.number} may or may not be closed.`, {
      timeout: 15_000,
    });
    await expect(notice).toContainText(closeMessages.unconfirmed ?? "");
    await emulator.removeFault(reads);
    await expect(page.getByTestId("ticket-status")).toHaveText("New", { timeout: 20_000 });
    await expect(page.getByTestId("moov-outage")).toHaveCount(0);
  });
});

test.describe("with a session of its own (a token renewal rotates it)", () => {
  test.use({ storageState: { cookies: [], origins: [] } });

  test("401 once on a read and on the close: the token is renewed once and work carries on", async ({
    page,
    emulator,
  }) => {
    await signInFresh(page, "agent-bluebird");
    const ticket = await ownTicket(emulator, accountID);
    const path = `/accounts/${accountID}/tickets/${ticket.ticketID}`;
    const since = new Date().toISOString();
    await emulator.addFault({ method: "GET", path, status: 401, times: 1 });
    await page.goto(ticketPath(accountID, ticket.ticketID));
    await expect(page.getByRole("heading", { level: 1, name: ticket.title })).toBeVisible();

    await emulator.addFault({ method: "PATCH", path, status: 401, times: 1 });
    await closeFromPage(page);
    // The badge flips at once (optimistic); the notice waits for Moov.
    await expect(page.locator('[data-notice="success"]')).toBeVisible({ timeout: 10_000 });
    await expect(page.getByTestId("ticket-status")).toHaveText("Closed");
    expect((await emulator.getTicket(accountID, ticket.ticketID)).status).toBe("closed");

    const journal = await journalSince(emulator, since);
    const onTicket = journal
      .filter((entry) => entry.path === path && entry.method !== "GET")
      .map((entry) => entry.status);
    expect(onTicket).toEqual([401, 200]);
    const tokens = journal.filter(
      (entry) => entry.path === "/oauth2/token" && entry.status === 200,
    );
    expect(tokens.length).toBeGreaterThanOrEqual(2);
    await page.reload();
    await expect(page.getByTestId("ticket-status")).toHaveText("Closed");
  });
});
