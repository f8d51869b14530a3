import type { Page } from "@playwright/test";
import { demoAccounts, expect, storageStateFor, test, uniqueTag } from "../fixtures";
import type { EmulatorTicket, JournalEntry } from "../fixtures/emulator-admin";
import { sessionTokens } from "../fixtures/session-store";
import { notice } from "../support/close-dialog";
import { callName, journal, journalMark, journalNaming, tokenIDOf } from "../support/journal";
import { moovPaths } from "../support/paths";
import { QueuePage } from "../support/queue-page";
import { signIn } from "../support/sign-in-page";
import { TicketPage } from "../support/ticket-page";
import { ownTicket } from "../tickets/helpers";

/**
 * The emulator's request journal is the proof that every call the app makes
 * carries a Bearer token, the pinned API version, and exactly the scopes the
 * work needs. The harness itself uses key pairs, and each test reads only the
 * calls about what it alone owns: a ticket it created, or an account it created.
 */
const { harbor, bluebird } = demoAccounts;
const version = "v2026.04.00";

/** Order is not part of a scope set. */
const scopeSet = (scopes: readonly string[] | null | undefined) => [...(scopes ?? [])].sort();

/** Opens the ticket from its queue and closes it, as an agent would. */
async function workAndClose(page: Page, accountID: string, ticket: EmulatorTicket) {
  const queue = new QueuePage(page, accountID);
  await queue.gotoTicketSet(ticket);
  await expect(queue.badge(ticket)).toHaveAccessibleName("Status: New");
  const ticketPage = new TicketPage(page, accountID, ticket);
  await ticketPage.goto();
  await ticketPage.closeTicket();
  await expect(notice(page)).toContainText(`Ticket #${ticket.number} is closed.`);
}

function expectBearerWithVersion(calls: JournalEntry[]) {
  expect(calls.length).toBeGreaterThan(0);
  for (const entry of calls) {
    expect(entry.authScheme, callName(entry)).toBe("bearer");
    expect(entry.requestedVersion, callName(entry)).toBe(version);
  }
}

function expectClosedWithVersion(calls: JournalEntry[], path: string) {
  const patches = calls.filter((entry) => entry.method === "PATCH" && entry.path === path);
  expect(patches).toEqual([
    expect.objectContaining({ status: 200, requestedVersion: version, version }),
  ]);
}

test.describe("a partner agent on a connected sub-account", () => {
  test.use({ storageState: { cookies: [], origins: [] } });

  test("every call carries the partner's tickets scopes, the sub-account's profile and the version", async ({
    page,
    emulator,
  }) => {
    const sub = await emulator.createAccount({
      displayName: `Journal ${uniqueTag()}`,
      connectedTo: harbor.accountID,
    });
    const ticket = await ownTicket(emulator, sub.accountID);
    const since = journalMark();
    await signIn(page, "partner-harbor");
    await workAndClose(page, sub.accountID, ticket);

    const calls = await journalNaming(emulator, { since, accountID: sub.accountID });
    expect(calls.map(callName)).toContain(`GET ${moovPaths.tickets(sub.accountID)}`);
    expectBearerWithVersion(calls);
    for (const entry of calls) {
      expect(scopeSet(entry.tokenScopes), callName(entry)).toEqual(
        scopeSet([
          `/accounts/${harbor.accountID}/tickets.read`,
          `/accounts/${harbor.accountID}/tickets.write`,
          `/accounts/${sub.accountID}/profile.read`,
        ]),
      );
    }
    expectClosedWithVersion(calls, moovPaths.ticket(sub.accountID, ticket.ticketID));

    // Only app instances ask this emulator for tokens: with the platform's key pair and the version.
    const minted = await journal(emulator, { since, path: moovPaths.token });
    expect(minted.length).toBeGreaterThan(0);
    for (const entry of minted) {
      expect(entry.authScheme).toBe("basic");
      expect(entry.requestedVersion).toBe(version);
    }
  });
});

/** On its own account, a person's token holds that account's three scopes and nothing else. */
const ownAccountCases = [
  { who: "a partner agent on the partner's own account", user: "partner-harbor", account: harbor },
  { who: "an account agent on its own account", user: "agent-bluebird", account: bluebird },
] as const;

for (const { who, user, account } of ownAccountCases) {
  test.describe(who, () => {
    test.use({ storageState: storageStateFor(user) });

    test("every call about its ticket carries exactly the account's own three scopes", async ({
      page,
      emulator,
    }) => {
      const ticket = await ownTicket(emulator, account.accountID);
      const since = journalMark();
      await workAndClose(page, account.accountID, ticket);

      // Bluebird is one of Harbor's merchants: a Harbor partner's all-accounts
      // queue in a parallel test may read this ticket's messages too, with the
      // partner's token. This test judges the calls this browser's session made.
      const mine = new Set((await sessionTokens(page.context())).map(tokenIDOf));
      const calls = (
        await journal(emulator, {
          since,
          path: moovPaths.ticketAndBelow(account.accountID, ticket.ticketID),
        })
      ).filter((entry) => entry.tokenID && mine.has(entry.tokenID));
      // The page's reads and the close are all among them: none went out on someone else's token.
      expect(new Set(calls.map(callName))).toEqual(
        new Set([
          `GET ${moovPaths.ticket(account.accountID, ticket.ticketID)}`,
          `GET ${moovPaths.ticketMessages(account.accountID, ticket.ticketID)}`,
          `PATCH ${moovPaths.ticket(account.accountID, ticket.ticketID)}`,
        ]),
      );
      expectBearerWithVersion(calls);
      for (const entry of calls) {
        expect(scopeSet(entry.tokenScopes), callName(entry)).toEqual(
          scopeSet([
            `/accounts/${account.accountID}/tickets.read`,
            `/accounts/${account.accountID}/tickets.write`,
            `/accounts/${account.accountID}/profile.read`,
          ]),
        );
      }
      expectClosedWithVersion(calls, moovPaths.ticket(account.accountID, ticket.ticketID));
    });
  });
}
