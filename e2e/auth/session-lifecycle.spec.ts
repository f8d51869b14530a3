import { z } from "zod";
import { demoAccounts, expect, test } from "../fixtures";
import type { JournalEntry } from "../fixtures/emulator-admin";
import { emulatorURL } from "../fixtures/environment";
import { signInFresh, ticketsURL } from "./sign-in-helpers";

/**
 * Tests that age or revoke tokens sign in fresh in their own context, so the
 * shared signed-in states of other tests are untouched.
 */
const { harbor } = demoAccounts;

async function freshConnectedAccount(displayName: string): Promise<string> {
  const response = await fetch(`${emulatorURL}/_emulator/accounts`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ displayName, connectedTo: harbor.accountID }),
  });
  expect(response.ok).toBe(true);
  return z.object({ accountID: z.string() }).parse(await response.json()).accountID;
}

test.describe.configure({ mode: "serial" });

test("short-lived tokens are refreshed without the person noticing", async ({ page, emulator }) => {
  test.setTimeout(60_000);
  const tokenTTL = 3;
  // An account of this test's own whose tokens live three seconds: no other test's tokens age.
  const accountID = await freshConnectedAccount(`Short-lived ${Date.now()}`);
  await emulator.setConfig({ tokenTTLForAccounts: { [accountID]: tokenTTL } });
  try {
    const since = new Date().toISOString();
    await signInFresh(page, "partner-harbor");
    await page.goto(ticketsURL(accountID));
    await expect(page.getByTestId("acting-for")).toContainText("via Harbor Platform");
    // Several token lifetimes of ordinary work: reloads and reads from the browser. The
    // account's calls are collected as they happen (the journal keeps the latest 1,000 only).
    const calls = new Map<string, JournalEntry>();
    const collect = async () => {
      for (const entry of await emulator.journal(1000, since)) {
        if (entry.authScheme === "bearer" && entry.accountID === accountID) {
          calls.set(entry.requestID, entry);
        }
      }
    };
    for (let round = 0; round < 5; round++) {
      await page.waitForTimeout(1_500);
      await page.reload();
      await expect(page.getByTestId("acting-for")).toContainText("Short-lived");
      await expect(page.getByRole("alert").filter({ hasText: /\S/ })).toHaveCount(0);
      const api = await page.request.get(`/api/accounts/${accountID}/tickets`);
      expect(api.status()).toBe(200);
      await collect();
    }
    await expect(page).toHaveURL(new RegExp(ticketsURL(accountID)));
    // Every call carried one of the account's three-second tokens, Moov never refused
    // one, and the calls span more than two lifetimes: each was replaced before it expired.
    expect(calls.size).toBeGreaterThan(0);
    expect([...calls.values()].filter((entry) => entry.status === 401)).toEqual([]);
    for (const entry of calls.values()) expect(entry.tokenLifetimeSeconds).toBe(tokenTTL);
    const times = [...calls.values()].map((entry) => Date.parse(entry.at));
    expect(Math.max(...times) - Math.min(...times)).toBeGreaterThan(2 * tokenTTL * 1000);
  } finally {
    await emulator.setConfig({ tokenTTLForAccounts: { [accountID]: null } });
  }
});

test("a revoked token sends the person to sign-in with a message", async ({ page, emulator }) => {
  const accountID = await freshConnectedAccount(`Revoked ${Date.now()}`);
  await signInFresh(page, "partner-harbor");
  await page.goto(ticketsURL(accountID));
  await expect(page.getByTestId("acting-for")).toContainText("via Harbor Platform");

  expect(await emulator.revokeTokens(accountID)).toBeGreaterThan(0);
  await page.reload();

  await expect(page).toHaveURL(/\/sign-in\?reason=revoked/);
  await expect(page.getByRole("alert").filter({ hasText: /\S/ })).toHaveText(
    /access to Moov was revoked/,
  );
  await page.goto(ticketsURL(harbor.accountID));
  await expect(page).toHaveURL(/\/sign-in/);
});
