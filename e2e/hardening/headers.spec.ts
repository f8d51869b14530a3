import { demoAccounts, expect, storageStateFor, test } from "../fixtures";
import { paths } from "../support/paths";
import { QueuePage } from "../support/queue-page";
import { SignInPage, submitAndAwaitAnswer } from "../support/sign-in-page";
import { ownTicket } from "../tickets/helpers";
import { watchCspViolations } from "./helpers";

/**
 * Every page carries a nonce-based Content-Security-Policy (no inline script
 * allowance, no framing) and the fixed security headers; in the browser, no
 * page trips the policy, so the nonce really reaches every script Next.js writes.
 */
test.use({ storageState: storageStateFor("agent-bluebird") });

const { bluebird, orchard } = demoAccounts;

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(";")
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name = "", ...values]) => [name, values]),
  );
}

test("pages answer with a nonce CSP and the security headers; the nonce is fresh each time", async ({
  page,
  emulator,
}) => {
  const ticket = await ownTicket(emulator, bluebird.accountID);
  const pages = [
    paths.queue(bluebird.accountID),
    paths.ticket(bluebird.accountID, ticket.ticketID),
    paths.newTicket(bluebird.accountID),
  ];
  const nonces = new Set<string>();
  for (const url of [...pages, pages[0] ?? ""]) {
    const response = await page.request.get(url);
    expect(response.status(), url).toBe(200);
    const headers = response.headers();
    const policy = directives(headers["content-security-policy"] ?? "");
    const script = policy.get("script-src") ?? [];
    const nonce = script.find((value) => value.startsWith("'nonce-"))?.slice(7, -1);
    expect(nonce, url).toBeTruthy();
    nonces.add(nonce ?? "");
    expect(script).not.toContain("'unsafe-inline'");
    expect(script).not.toContain("'unsafe-eval'");
    expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
    expect(policy.get("object-src")).toEqual(["'none'"]);
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(headers["x-frame-options"]).toBe("DENY");
    // The E2E app runs the production build, so HSTS is on.
    expect(headers["strict-transport-security"]).toMatch(/max-age=\d{7,}/);

    // Every script Next.js wrote carries this response's nonce.
    const html = await response.text();
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((match) => match[0]);
    expect(scripts.length, url).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag, url).toContain(`nonce="${nonce}"`);
  }
  expect(nonces.size).toBe(pages.length + 1);
});

test("the sign-in page, 403 and 404 pages and API answers carry the headers too", async ({
  page,
}) => {
  for (const [url, status] of [
    [paths.signIn("?reason=expired"), 200],
    [paths.queue(orchard.accountID), 403],
    [paths.ticket(bluebird.accountID, "not-a-ticket"), 404],
  ] as const) {
    const response = await page.request.get(url);
    // A not-found below the streamed account layout keeps the 200 already sent.
    expect(status === 404 ? [200, 404] : [status], url).toContain(response.status());
    expect(response.headers()["content-security-policy"], url).toContain("'nonce-");
    expect(response.headers()["x-content-type-options"], url).toBe("nosniff");
  }
  const api = await page.request.get(paths.ticketsAPI(bluebird.accountID));
  expect(api.headers()["x-content-type-options"]).toBe("nosniff");
  expect(api.headers()["referrer-policy"]).toBe("strict-origin-when-cross-origin");
});

test("no page trips the policy in the browser", async ({ page, emulator, context }) => {
  const ticket = await ownTicket(emulator, bluebird.accountID);
  const violations = await watchCspViolations(page);
  const visits: Array<[string, RegExp | string]> = [
    [paths.queue(bluebird.accountID), "Tickets"],
    [paths.ticket(bluebird.accountID, ticket.ticketID), ticket.title],
    [paths.newTicket(bluebird.accountID), "New ticket"],
    [paths.queue(orchard.accountID), "You can't act for this account"],
    [paths.ticket(bluebird.accountID, "not-a-ticket"), "Ticket not found"],
  ];
  for (const [url, heading] of visits) {
    await page.goto(url);
    await expect(page.getByRole("heading", { name: heading }).first()).toBeVisible();
  }
  // Hydrated and interactive under the policy: a client-side filter change works.
  const queue = new QueuePage(page, bluebird.accountID);
  await queue.goto();
  await queue.filterByStatus("On hold");
  await expect(page).toHaveURL(/[?&]status=on-hold(?:&|$)/);

  await context.clearCookies();
  const form = new SignInPage(page);
  await form.goto();
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
  await submitAndAwaitAnswer(form, "nobody@example.com", "wrong-password");
  await expect(form.notice()).toHaveText(
    "That email and password don't match. Check them and try again.",
  );
  expect(violations).toEqual([]);
});
