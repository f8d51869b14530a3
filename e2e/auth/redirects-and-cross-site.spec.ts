import type { APIResponse, Page } from "@playwright/test";
import { demoAccounts, demoUsers, expect, test } from "../fixtures";
import { apiPaths, paths } from "../support/paths";
import { SignInPage, signIn } from "../support/sign-in-page";
import { appURL } from "./session-helpers";

/**
 * Redirect targets that arrive from outside (callbackUrl, next) stay inside the
 * app, and the POST routes that change a session (switch account, sign out)
 * do nothing for a page of another origin. Each test signs in fresh, so it
 * owns the session it switches or tries to end.
 */

/** As they would be typed into an address: "%09" is a tab, "%5C" a backslash once decoded. */
const hostileTargets = [
  "/%09/evil.example",
  "/%0a/evil.example",
  "//evil.example",
  "/%5Cevil.example",
  "https://evil.example",
];

/** A form field may carry a target decoded or still percent-encoded: try both. */
const hostileFieldValues = [
  ...new Set(hostileTargets.flatMap((target) => [target, decodeURIComponent(target)])),
];

const sameOrigin = { origin: appURL, "sec-fetch-site": "same-origin" };

/** Where a browser would go: the Location resolved as a browser does (tabs and new lines dropped, "\" read as "/"). */
function destinationOf(response: APIResponse): URL {
  expect(response.status(), "a redirect").toBeGreaterThanOrEqual(300);
  expect(response.status(), "a redirect").toBeLessThan(400);
  return new URL(response.headers().location ?? "", appURL);
}

function expectInsideApp(destination: URL, what: string) {
  expect(destination.origin, what).toBe(appURL);
  const callbackUrl = destination.searchParams.get("callbackUrl");
  if (callbackUrl !== null) {
    expect(new URL(callbackUrl, appURL).origin, `${what}: its callbackUrl`).toBe(appURL);
    expect(callbackUrl, `${what}: its callbackUrl`).toMatch(/^\/(?![/\\])[^\\\p{Cc}]*$/u);
  }
}

test("a signed-in person sent to sign-in with a hostile callbackUrl stays in the app", async ({
  page,
}) => {
  await signIn(page, "agent-bluebird");
  for (const target of hostileTargets) {
    const response = await page.request.get(paths.signIn(`?callbackUrl=${target}`), {
      maxRedirects: 0,
    });
    expectInsideApp(destinationOf(response), target);
  }
});

test("switching accounts with a hostile next lands in the app", async ({ page }) => {
  await signIn(page, "agent-bluebird");
  for (const next of hostileFieldValues) {
    const response = await page.request.post(apiPaths.switchAccount, {
      headers: sameOrigin,
      form: { accountID: demoAccounts.bluebird.accountID, next },
      maxRedirects: 0,
    });
    expectInsideApp(destinationOf(response), JSON.stringify(next));
  }
});

test("a hostile callbackUrl sent to the session-ended route stays on the app's sign-in page", async ({
  playwright,
}) => {
  // The browser of a session that has already ended: no cookie left to send.
  const browserless = await playwright.request.newContext({
    baseURL: appURL,
    storageState: { cookies: [], origins: [] },
  });
  for (const callbackUrl of hostileFieldValues) {
    const response = await browserless.post("/api/auth/ended", {
      headers: sameOrigin,
      form: { reason: "expired", callbackUrl },
      maxRedirects: 0,
    });
    const destination = destinationOf(response);
    expect(destination.pathname).toBe("/sign-in");
    expectInsideApp(destination, JSON.stringify(callbackUrl));
  }
  await browserless.dispose();
});

test("signing in from a link with a hostile callbackUrl lands on the person's queue", async ({
  page,
}) => {
  // Should the app send the browser there after signing in, it finds this page (not an error).
  await page.context().route(
    (url) => url.hostname === "evil.example",
    (route) => route.fulfill({ contentType: "text/html", body: "<h1>Evil</h1>" }),
  );
  const user = demoUsers["agent-bluebird"];
  const queue = `${appURL}${paths.queue(demoAccounts.bluebird.accountID)}`;
  const form = new SignInPage(page);
  await form.goto(`?callbackUrl=${hostileTargets[0]}`);
  await form.submit(user.email, user.password);
  await expect(page.getByTestId("acting-for")).toHaveText("Acting for Bluebird Coffee");
  expect(new URL(page.url()).origin).toBe(appURL);

  // Signed in now: the sign-in page sends the person straight on, still inside the app.
  await form.goto("?callbackUrl=//evil.example");
  await expect(page).toHaveURL(queue);
});

/**
 * A page of another origin: a cross-site one (the session cookie, SameSite=Lax,
 * stays behind), and a sibling on the same host (the cookie goes along; only
 * the app's origin check stands in the way).
 */
const attackerOrigins = ["http://evil.localhost:3999", "http://127.0.0.1:3999"];

const { lumen } = demoAccounts;

function autoSubmittingForm(action: string, fields: Record<string, string>): string {
  const inputs = Object.entries(fields)
    .map(([name, value]) => `<input type="hidden" name="${name}" value="${value}">`)
    .join("");
  return `<form method="post" action="${appURL}${action}">${inputs}</form>
    <script>document.forms[0].submit()</script>`;
}

/** Serves the attacker's pages from `origin` inside this browser. */
async function attackerSite(page: Page, origin: string): Promise<void> {
  const pages: Record<string, string> = {
    "/switch": autoSubmittingForm(apiPaths.switchAccount, {
      accountID: lumen.accountID,
      next: "/",
    }),
    "/sign-out": autoSubmittingForm("/api/auth/sign-out", {}),
    "/link": `<a href="${appURL}${apiPaths.switchAccount}?accountID=${lumen.accountID}&next=/">See your prize</a>`,
  };
  await page.context().route(`${origin}/**`, (route) => {
    const body = pages[new URL(route.request().url()).pathname];
    return body
      ? route.fulfill({ contentType: "text/html", body: `<!doctype html>${body}` })
      : route.fulfill({ status: 404 });
  });
}

const answerFrom = (page: Page, path: string) =>
  page.waitForResponse((response) => response.url().startsWith(`${appURL}${path}`));

for (const attacker of attackerOrigins) {
  test(`a page on ${attacker} can neither switch the account nor sign the person out`, async ({
    page,
  }) => {
    await signIn(page, "ops-cedar");
    await attackerSite(page, attacker);
    // Still at the session's first account, so "/" lands on all accounts (a switch to Lumen would land there).
    const stillWorkingCedar = async () => {
      await page.goto("/");
      await expect(page).toHaveURL(`${appURL}${paths.allTickets()}`);
      await expect(page.getByTestId("acting-for")).toHaveText("All accounts");
    };

    const switched = answerFrom(page, apiPaths.switchAccount);
    await page.goto(`${attacker}/switch`);
    expect((await switched).status()).toBe(403);
    await stillWorkingCedar();

    await page.goto(`${attacker}/link`);
    const followed = answerFrom(page, apiPaths.switchAccount);
    await page.getByRole("link", { name: "See your prize" }).click();
    expect((await followed).status()).toBe(405);
    await stillWorkingCedar();

    const signedOut = answerFrom(page, "/api/auth/sign-out");
    await page.goto(`${attacker}/sign-out`);
    expect((await signedOut).status()).toBe(403);
    await stillWorkingCedar();

    // The app's own switcher does move where "/" lands: the refusals above were real ones.
    await page.getByRole("button", { name: "Switch account" }).click();
    await page.getByRole("button", { name: /Lumen Yoga Studio/ }).click();
    await expect(page.getByTestId("acting-for")).toHaveText("Acting for Lumen Yoga Studio");
    await page.goto("/");
    await expect(page).toHaveURL(`${appURL}${paths.queue(lumen.accountID)}`);
  });
}
