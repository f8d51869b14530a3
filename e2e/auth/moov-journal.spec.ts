import { readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { directoryScopes, workScopes } from "../../lib/auth/moov-access/scopes";
import { parseUsersFile } from "../../lib/auth/users/users-file";
import { demoAccounts, expect, test } from "../fixtures";
import type { JournalEntry } from "../fixtures/emulator-admin";
import { emulatorURL } from "../fixtures/environment";
import { signInFresh, ticketsURL } from "./sign-in-helpers";

/**
 * The emulator's request journal is the proof that every call the app makes
 * carries a Bearer token, the pinned API version, and only a minimal scope set.
 * The app is the only client that uses Bearer tokens; the test harness uses key
 * pairs. A fresh account that only the app touches closes the gap: every call
 * naming it must come from the app.
 */
const { harbor, quayside } = demoAccounts;
const version = "v2026.04.00";

const users = parseUsersFile(
  readFileSync(path.join(import.meta.dirname, "../../demo/users.json"), "utf8"),
).users;

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((scope) => b.includes(scope));

/** Scope sets the app may mint: an account's own, a partner's for one sub-account, a user's directory. */
function isMinimal(entry: JournalEntry): boolean {
  const scopes = entry.tokenScopes ?? [];
  const account = /^\/accounts\/([^/]+)/.exec(entry.path)?.[1];
  if (users.some((user) => sameSet(scopes, directoryScopes(user.actsFor)))) {
    return !entry.path.includes("/tickets");
  }
  if (!account) return false;
  const own = workScopes({ accounts: [account] }, account, "own");
  const connected = workScopes({ partner: harbor.accountID, connected: "*" }, account, "connected");
  return sameSet(scopes, own) || (account !== harbor.accountID && sameSet(scopes, connected));
}

async function freshConnectedAccount(): Promise<string> {
  const response = await fetch(`${emulatorURL}/_emulator/accounts`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ displayName: `Journal ${Date.now()}`, connectedTo: harbor.accountID }),
  });
  return z.object({ accountID: z.string() }).parse(await response.json()).accountID;
}

test("every call the app makes carries a Bearer token, the version and minimal scopes", async ({
  page,
  emulator,
}) => {
  const fresh = await freshConnectedAccount();
  const since = new Date().toISOString();
  await signInFresh(page, "partner-harbor");
  for (const accountID of [harbor.accountID, quayside.accountID, fresh]) {
    await page.goto(ticketsURL(accountID));
    await expect(page.getByTestId("acting-for")).toBeVisible();
  }
  await page.goto(`${ticketsURL(fresh)}?status=all`);
  await expect(page.getByTestId("acting-for")).toBeVisible();

  const journal = (await emulator.journal(1000)).filter((entry) => String(entry.at) >= since);
  // Calls a fault rule answered (other tests inject them) never reached Moov's token check.
  const bearer = journal.filter((entry) => entry.authScheme === "bearer" && !entry.faultID);
  expect(bearer.length).toBeGreaterThan(0);
  for (const entry of bearer) {
    expect(entry.requestedVersion, `${entry.method} ${entry.path}`).toBe(version);
    expect(isMinimal(entry), `${entry.method} ${entry.path}: ${entry.tokenScopes?.join(" ")}`).toBe(
      true,
    );
  }

  const aboutFresh = journal.filter(
    (entry) =>
      entry.path.includes(fresh) ||
      (entry.tokenScopes ?? []).some((scope) => scope.includes(fresh)),
  );
  expect(aboutFresh.some((entry) => entry.path.startsWith(`/accounts/${fresh}/tickets`))).toBe(
    true,
  );
  for (const entry of aboutFresh) {
    expect(entry.authScheme, `${entry.method} ${entry.path}`).toBe("bearer");
    expect(entry.requestedVersion).toBe(version);
  }
  const minted = journal.filter((entry) => entry.path.startsWith("/oauth2/"));
  for (const entry of minted) {
    expect(entry.authScheme).toBe("basic");
    expect(entry.requestedVersion).toBe(version);
  }
});
