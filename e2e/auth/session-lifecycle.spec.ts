import { z } from "zod";
import { demoAccounts, expect, test } from "../fixtures";
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
  const original = await emulator.config();
  await emulator.setConfig({ tokenTTL: 3 });
  try {
    // Signed in while tokens live three seconds, so this session's own tokens are short-lived.
    const since = new Date().toISOString();
    await signInFresh(page, "partner-harbor");
    // Several token lifetimes of ordinary work: reloads and reads from the browser.
    for (let round = 0; round < 5; round++) {
      await page.waitForTimeout(1_500);
      await page.reload();
      await expect(page.getByTestId("acting-for")).toHaveText("Acting for Harbor Platform");
      await expect(page.getByRole("alert").filter({ hasText: /\S/ })).toHaveCount(0);
      const api = await page.request.get(`/api/accounts/${harbor.accountID}/tickets`);
      expect(api.status()).toBe(200);
    }
    await expect(page).toHaveURL(new RegExp(ticketsURL(harbor.accountID)));
    const journal = (await emulator.journal(1000)).filter((entry) => String(entry.at) >= since);
    const minted = journal.filter(
      (entry) => entry.path === "/oauth2/token" && entry.status === 200,
    );
    // Two tokens at sign-in, then refreshes as they come due.
    expect(minted.length).toBeGreaterThan(4);
    const refused = journal.filter(
      (entry) => entry.authScheme === "bearer" && entry.status === 401,
    );
    expect(refused).toEqual([]);
  } finally {
    await emulator.setConfig({ tokenTTL: original.tokenTTL });
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
