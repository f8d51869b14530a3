import { demoAccounts, expect, test, uniqueTag } from "../fixtures";
import type { EmulatorAdmin, JournalEntry } from "../fixtures/emulator-admin";
import { storedSession } from "../fixtures/session-store";
import { callName, journalMark } from "../support/journal";
import { paths, urlOf } from "../support/paths";
import { SignInPage, signIn } from "../support/sign-in-page";

/**
 * Tests that age or revoke tokens sign in fresh in their own context, on an
 * account of their own, so the shared signed-in states and other tests' tokens
 * are untouched.
 */
const { harbor } = demoAccounts;

async function freshConnectedAccount(emulator: EmulatorAdmin, name: string): Promise<string> {
  const account = await emulator.createAccount({
    displayName: `${name} ${uniqueTag()}`,
    connectedTo: harbor.accountID,
  });
  return account.accountID;
}

test.describe.configure({ mode: "serial" });

test("short-lived tokens are refreshed without the person noticing", async ({
  page,
  context,
  emulator,
}) => {
  test.setTimeout(60_000);
  const tokenTTL = 3;
  const replacements = 3;
  // An account of this test's own whose tokens live three seconds: no other test's tokens age.
  const accountID = await freshConnectedAccount(emulator, "Short-lived");
  await emulator.setConfig({ tokenTTLForAccounts: { [accountID]: tokenTTL } });
  try {
    const since = journalMark();
    await signIn(page, "partner-harbor");
    await page.goto(paths.queue(accountID));
    await expect(page.getByTestId("acting-for")).toContainText("Short-lived");

    // The account's calls are collected as they happen (the journal keeps the latest 1,000 only).
    const calls = new Map<string, JournalEntry>();
    const seen = { headers: new Set<string>(), apiStatuses: new Set<number>(), alerts: 0 };
    const accountToken = async () =>
      (await storedSession(context)).toks.find((entry) => entry.id === accountID)?.t.a;
    /** Ordinary work: a reload and a read from the browser, noting what the person saw. */
    const work = async () => {
      await page.reload();
      seen.headers.add((await page.getByTestId("acting-for").allTextContents()).join(""));
      seen.alerts += await page.getByRole("alert").filter({ hasText: /\S/ }).count();
      seen.apiStatuses.add((await page.request.get(paths.ticketsAPI(accountID))).status());
      for (const entry of await emulator.journal(1000, since)) {
        if (entry.authScheme === "bearer" && entry.accountID === accountID) {
          calls.set(entry.requestID, entry);
        }
      }
    };

    // Work goes on until the server has replaced the account's token several times.
    const tokens = [await accountToken()];
    for (let replaced = 0; replaced < replacements; replaced++) {
      const current = tokens.at(-1);
      await expect
        .poll(
          async () => {
            await work();
            return accountToken();
          },
          { message: "the account's token is replaced while the person works", timeout: 15_000 },
        )
        .not.toBe(current);
      tokens.push(await accountToken());
    }

    await expect(page).toHaveURL(urlOf(paths.queue(accountID)));
    expect(seen.alerts).toBe(0);
    expect([...seen.apiStatuses]).toEqual([200]);
    expect([...seen.headers].filter((text) => !text.includes("Short-lived"))).toEqual([]);
    expect(new Set(tokens).size).toBe(replacements + 1);
    // Every call carried one of the account's three-second tokens and Moov never refused one:
    // each token was replaced before it expired.
    expect(calls.size).toBeGreaterThan(0);
    expect([...calls.values()].filter((entry) => entry.status === 401).map(callName)).toEqual([]);
    for (const entry of calls.values()) {
      expect(entry.tokenLifetimeSeconds, callName(entry)).toBe(tokenTTL);
    }
  } finally {
    await emulator.setConfig({ tokenTTLForAccounts: { [accountID]: null } });
  }
});

test("a revoked token sends the person to sign-in with a message", async ({ page, emulator }) => {
  const accountID = await freshConnectedAccount(emulator, "Revoked");
  await signIn(page, "partner-harbor");
  await page.goto(paths.queue(accountID));
  await expect(page.getByTestId("acting-for")).toContainText("via Harbor Platform");

  expect(await emulator.revokeTokens(accountID)).toBeGreaterThan(0);
  await page.reload();

  await expect(page).toHaveURL(/\/sign-in\?reason=revoked/);
  await expect(new SignInPage(page).notice()).toHaveText(
    "Your access to Moov was revoked. Sign in again to continue.",
  );
  await page.goto(paths.queue(harbor.accountID));
  await expect(page).toHaveURL(/\/sign-in/);
});
