import type { Page, PlaywrightWorkerArgs } from "@playwright/test";
import { expect, test } from "../fixtures";
import type { EmulatorAdmin } from "../fixtures/emulator-admin";
import { journalMark } from "../support/journal";
import { paths } from "../support/paths";
import { SignInPage } from "../support/sign-in-page";
import { TicketPage } from "../support/ticket-page";
import { ownTicket } from "../support/tickets";
import {
  addOwnPerson,
  appURL,
  bearerCallsFor,
  browserWithCookies,
  captureAction,
  isServerAction,
  liveIndicator,
  openEventStream,
  removePeople,
  revokeSessionsOf,
  signInAsOwnPerson,
} from "./session-helpers";

/**
 * The session lives on the server; the cookie only names it. Once a session
 * ends, for whatever reason, every copy of its cookie is dead: in another
 * browser, in a script replaying a request, in a live stream already open.
 *
 * Each test owns a person of its own (added to the E2E app's users file) and a
 * Moov account of its own, so the emulator's journal can be read for that
 * account alone. The users file is edited only here, one test at a time.
 */
test.describe.configure({ mode: "serial" });

const added: string[] = [];
test.afterAll(() => removePeople(added));

type Reason = "signed-out" | "ended-by-admin" | "removed";

/** What the sign-in page says for each way a session can end here. */
const notices: Record<Reason, string> = {
  "signed-out": "You signed out.",
  "ended-by-admin": "An administrator ended your session. Sign in again to continue.",
  removed: "Your access to Support Desk has changed. Sign in again.",
};

async function expectSignInPageSaying(page: Page, reason: Reason) {
  await expect(page).toHaveURL(new RegExp(`/sign-in\\?reason=${reason}(&|$)`));
  await expect(new SignInPage(page).notice()).toHaveText(notices[reason]);
}

/**
 * A dashboard page ends up on the sign-in page: one left open, touched by no
 * one, because the server closes its live stream and it reloads; the one that
 * signed out, by its own form. The reason in the address is not asserted for
 * these pages (a fresh load with the copied cookie asserts it): a link
 * prefetch answered after the session ended clears the cookie, and the live
 * stream's reload can overtake the sign-out form's own navigation, so the page
 * may arrive without a cookie and without a reason.
 */
async function expectLeavesForSignIn(page: Page, timeout: number) {
  await expect(page).toHaveURL(/\/sign-in\?/, { timeout });
  await expect(page.getByRole("button", { name: "Sign in" })).toBeVisible();
}

type Setup = Pick<PlaywrightWorkerArgs, "browser" | "playwright"> & {
  page: Page;
  emulator: EmulatorAdmin;
};

/**
 * A person signed in in `page`, who has just closed one of their tickets (the
 * close action's request is kept, to be replayed), and a second browser
 * holding a copy of the same cookies with the queue open and live.
 */
async function oneSessionInTwoBrowsers({ page, browser, emulator }: Setup, label: string) {
  const person = await addOwnPerson(emulator, appURL, label);
  added.push(person.email);
  const closed = await ownTicket(emulator, person.accountID);
  const stillOpen = await ownTicket(emulator, person.accountID);

  await signInAsOwnPerson(page, person);
  const ticketPage = new TicketPage(page, person.accountID, closed);
  await ticketPage.goto();
  const sent = page.waitForRequest(isServerAction);
  await ticketPage.closeTicket();
  await expect(ticketPage.badge()).toHaveAccessibleName("Status: Closed");
  const closeAction = await captureAction(await sent);
  expect(closeAction.body).toContain(closed.ticketID);

  const cookies = await page.context().cookies();
  const second = await browserWithCookies(browser, appURL, cookies);
  const secondPage = await second.newPage();
  await secondPage.goto(paths.queue(person.accountID));
  await expect(secondPage.getByTestId("acting-for")).toContainText(person.displayName);
  await expect(liveIndicator(secondPage)).toBeVisible();
  // The open ticket's waiting line is read after the page hydrates: let that read land
  // now, so every Moov call a test counts from its mark comes after the session's end.
  await expect(
    secondPage
      .getByRole("row")
      .filter({ hasText: stillOpen.title })
      .getByText(/Waiting on Moov/),
  ).toBeVisible();
  return { person, closed, stillOpen, closeAction, cookies, second, secondPage };
}

/**
 * With the copied cookie, after the session ended: pages go to sign-in saying
 * why, the route handler answers 401, the replayed close action changes
 * nothing, the live stream is refused, and Moov hears no call for the account.
 */
async function expectEveryCopyDead(
  copies: Awaited<ReturnType<typeof oneSessionInTwoBrowsers>>,
  reason: Reason,
  since: string,
  { browser, emulator, playwright }: Setup,
) {
  const { person, closed, stillOpen, closeAction, cookies } = copies;

  const third = await browserWithCookies(browser, appURL, cookies);
  const fresh = await third.newPage();
  await fresh.goto(paths.queue(person.accountID));
  await expectSignInPageSaying(fresh, reason);
  await third.close();

  const script = await playwright.request.newContext({
    baseURL: appURL,
    storageState: { cookies, origins: [] },
  });
  const list = await script.get(paths.ticketsAPI(person.accountID));
  expect(list.status()).toBe(401);
  expect(await list.json()).toMatchObject({ code: "unauthorized" });

  const replay = await script.fetch(closeAction.url, {
    method: "POST",
    headers: closeAction.headers,
    data: closeAction.body.replaceAll(closed.ticketID, stillOpen.ticketID),
    maxRedirects: 0,
  });
  // Refused either by the proxy (to sign-in, saying why) or by the action itself.
  const refusal = replay.status() === 200 ? await replay.text() : (replay.headers().location ?? "");
  expect(refusal).toMatch(
    new RegExp(`^/sign-in\\?reason=${reason}&|"ok":false,"code":"unauthorized"`),
  );
  await script.dispose();
  expect((await emulator.getTicket(person.accountID, stillOpen.ticketID)).status).toBe("new");

  expect(await openEventStream(appURL, cookies)).toBe(401);
  expect(await bearerCallsFor(emulator, person.accountID, since)).toEqual([]);
}

test("signing out ends the session in every copy of its cookie, live stream included", async ({
  page,
  browser,
  emulator,
  playwright,
}) => {
  test.setTimeout(90_000);
  const setup = { page, browser, emulator, playwright };
  const copies = await oneSessionInTwoBrowsers(setup, "Sign-out");

  const since = journalMark();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expectLeavesForSignIn(page, 15_000);

  // The second browser did nothing: the server closed its stream and the page reloaded.
  await expectLeavesForSignIn(copies.secondPage, 15_000);
  await expectEveryCopyDead(copies, "signed-out", since, setup);
  await copies.second.close();
});

test("an administrator's users:revoke ends every session of the person, saying so", async ({
  page,
  browser,
  emulator,
  playwright,
}) => {
  test.setTimeout(90_000);
  const setup = { page, browser, emulator, playwright };
  const copies = await oneSessionInTwoBrowsers(setup, "Revoked");

  const since = journalMark();
  expect(revokeSessionsOf(copies.person.email)).toMatch(/Ended \d+ sessions? of/);

  // Both browsers were left open on the dashboard; neither is touched.
  await expectLeavesForSignIn(copies.secondPage, 15_000);
  await expectLeavesForSignIn(page, 15_000);
  await expectEveryCopyDead(copies, "ended-by-admin", since, setup);
  await copies.second.close();
});

test("removing the person from the users file ends their sessions within seconds", async ({
  page,
  browser,
  emulator,
  playwright,
}) => {
  test.setTimeout(90_000);
  const setup = { page, browser, emulator, playwright };
  const copies = await oneSessionInTwoBrowsers(setup, "Removed");

  const since = journalMark();
  removePeople([copies.person.email]);

  await expectLeavesForSignIn(copies.secondPage, 30_000);
  await expectLeavesForSignIn(page, 15_000);
  await expectEveryCopyDead(copies, "removed", since, setup);
  await copies.second.close();
});
