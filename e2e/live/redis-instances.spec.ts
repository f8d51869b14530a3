import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import type { Browser } from "@playwright/test";
import { browserWithCookies, liveIndicator, signInOverHttp } from "../auth/session-helpers";
import { type DemoUserName, demoAccounts, demoUsers, expect, test, uniqueTag } from "../fixtures";
import { e2eDataDir, e2eEnvironment } from "../fixtures/environment";
import { freePort } from "../support/free-port";
import { paths } from "../support/paths";
import { SignInPage } from "../support/sign-in-page";
import { ownTicket } from "../support/tickets";
import { SavedViewsPage } from "../views/saved-views-page";
import { postWebhook } from "./signed-webhook";

/**
 * Two app instances sharing a real Redis, as behind a load balancer: Moov's
 * webhook reaches instance A, the person's browser is connected to instance B;
 * sessions, the sign-in throttle and saved views live in the same Redis, and
 * each instance has a SQLite file of its own, so what they share can only
 * have gone through Redis. The Redis is fresh
 * for each run, so 127.0.0.1's sign-in budget here is separate from the main
 * E2E app's.
 */
// Chosen by the OS when the servers start (never fixed ports that may be taken).
let redisPort = 0;
let instancePorts: readonly [number, number] = [0, 0];
const urlOf = (port: number) => `http://127.0.0.1:${port}`;
const root = path.resolve(import.meta.dirname, "../..");
const redisBinary = process.env.REDIS_SERVER ?? "/usr/bin/redis-server";

const started: ChildProcess[] = [];
const signInTimeout = 20_000;

async function waitFor(check: () => Promise<boolean>, what: string, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${what} did not start within ${timeoutMs / 1000} s`);
}

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(120_000);
  redisPort = await freePort();
  instancePorts = [await freePort(), await freePort()];
  if (!existsSync(redisBinary)) {
    throw new Error(
      `redis-server not found at ${redisBinary}: apt-get install -y redis-server (or set REDIS_SERVER)`,
    );
  }
  started.push(
    spawn(
      redisBinary,
      ["--port", String(redisPort), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
      {
        stdio: "ignore",
      },
    ),
  );
  for (const port of instancePorts) {
    started.push(
      spawn(
        path.join(root, "node_modules/.bin/next"),
        ["start", "--port", String(port), "--hostname", "127.0.0.1"],
        {
          cwd: root,
          stdio: "ignore",
          env: {
            ...process.env,
            ...e2eEnvironment(),
            NEXTAUTH_URL: urlOf(port),
            DATA_DB_PATH: path.join(e2eDataDir, `instance-${port}.sqlite`),
            REDIS_URL: `redis://127.0.0.1:${redisPort}`,
          },
        },
      ),
    );
  }
  for (const port of instancePorts) {
    await waitFor(async () => (await fetch(`${urlOf(port)}/api/health`)).ok, `app on ${port}`);
  }
});

test.afterAll(() => {
  for (const child of started) child.kill("SIGTERM");
});

/** A browser signed in through the form on `baseURL`, on its queue with the account shown. */
async function signedInOn(browser: Browser, baseURL: string, name: DemoUserName) {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  const form = new SignInPage(page);
  await form.goto();
  await form.submit(demoUsers[name].email, demoUsers[name].password);
  await expect(page.getByTestId("acting-for")).toHaveText(/^Acting for /, {
    timeout: signInTimeout,
  });
  return { context, page };
}

test("an event delivered to one instance reaches a browser connected to another", async ({
  browser,
  emulator,
}) => {
  test.setTimeout(60_000);
  const [instanceA, instanceB] = instancePorts.map(urlOf) as [string, string];
  const accountID = demoAccounts.bluebird.accountID;
  const ticket = await ownTicket(emulator, accountID);

  const context = await browser.newContext({ baseURL: instanceB });
  const page = await context.newPage();
  const user = demoUsers["agent-bluebird"];
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  // The first sign-in on a just-started instance (cold routes) can be slow.
  await expect(page).toHaveURL(/\/tickets/, { timeout: signInTimeout });
  await page.goto(paths.ticket(accountID, ticket.ticketID));
  const messages = page.getByRole("list", { name: "Messages" }).getByRole("listitem");
  await expect(messages).toHaveCount(1);
  await expect(page.locator("[data-connection]")).toHaveAttribute("data-connection", "live");

  // The emulator's own webhook goes to the main E2E app, not to A or B: B hears of
  // this message only if A's event crosses Redis. So B reads the thread again
  // only after the webhook reaches A, never before (no polling found it).
  const threadReadsAt: number[] = [];
  page.on("request", (request) => {
    if (request.url().endsWith(`/tickets/${ticket.ticketID}/messages`)) {
      threadReadsAt.push(Date.now());
    }
  });
  await emulator.addStaffMessage(ticket.ticketID, { author: "Moov Support", body: "Via Redis." });
  await expect(messages).toHaveCount(1);

  const webhookAt = Date.now();
  const delivered = await postWebhook(instanceA, e2eEnvironment().MOOV_WEBHOOK_SECRET ?? "", {
    type: "ticket.messageAdded",
    data: { accountID, ticketID: ticket.ticketID },
  });
  expect(delivered.status).toBe(200);
  await expect(messages).toHaveCount(2, { timeout: 2_000 });
  await expect(messages.nth(1)).toContainText("Via Redis.");
  expect(threadReadsAt.length).toBeGreaterThan(0);
  expect(threadReadsAt.filter((at) => at < webhookAt)).toEqual([]);
  await context.close();
});

test("signing out on one instance kills the same cookie on the other", async ({
  browser,
  playwright,
}) => {
  test.setTimeout(60_000);
  const [instanceA, instanceB] = instancePorts.map(urlOf) as [string, string];
  const { accountID, displayName } = demoAccounts.bluebird;
  const { context: first, page } = await signedInOn(browser, instanceA, "agent-bluebird");
  await expect(page.getByTestId("acting-for")).toHaveText(`Acting for ${displayName}`);

  const cookies = await first.cookies();
  const second = await browserWithCookies(browser, instanceB, cookies);
  const onB = await second.newPage();
  await onB.goto(paths.queue(accountID));
  await expect(onB.getByTestId("acting-for")).toHaveText(`Acting for ${displayName}`);
  await expect(liveIndicator(onB)).toBeVisible();

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in\?/);

  // B's open page is closed out by its own stream; a fresh load and a script with the
  // cookie are refused. (Why the open pages' reason is not asserted: server-sessions.spec.ts.)
  await expect(onB).toHaveURL(/\/sign-in\?/, { timeout: 15_000 });
  const third = await browserWithCookies(browser, instanceB, cookies);
  const fresh = await third.newPage();
  await fresh.goto(paths.queue(accountID));
  await expect(fresh).toHaveURL(/\/sign-in\?reason=signed-out/);
  await expect(new SignInPage(fresh).notice()).toHaveText("You signed out.");
  const script = await playwright.request.newContext({
    baseURL: instanceB,
    storageState: { cookies, origins: [] },
  });
  expect((await script.get(paths.ticketsAPI(accountID))).status()).toBe(401);
  await script.dispose();
  await Promise.all([first.close(), second.close(), third.close()]);
});

test("a view saved on one instance is in the other's Views menu, and a rename there shows on the first", async ({
  browser,
}) => {
  test.setTimeout(60_000);
  const [instanceA, instanceB] = instancePorts.map(urlOf) as [string, string];
  const { accountID } = demoAccounts.bluebird;
  const tag = uniqueTag("redis-view");

  const { context: first, page: onA } = await signedInOn(browser, instanceA, "agent-bluebird");
  const viewsOnA = new SavedViewsPage(onA);
  await onA.goto(paths.queue(accountID, `?status=closed&foreignID=${tag}`));
  await viewsOnA.save(`Closed ${tag}`);

  // The same person on B (the session is in Redis too), with B's own SQLite file.
  const second = await browserWithCookies(browser, instanceB, await first.cookies());
  const onB = await second.newPage();
  const viewsOnB = new SavedViewsPage(onB);
  await onB.goto(paths.queue(accountID));
  await viewsOnB.openMenu();
  await expect(viewsOnB.link(`Closed ${tag}`)).toBeVisible();
  await viewsOnB.rename(`Closed ${tag}`, `Renamed ${tag}`);

  await onA.reload();
  await viewsOnA.openMenu();
  await expect(viewsOnA.link(`Renamed ${tag}`)).toBeVisible();
  await expect(viewsOnA.link(`Closed ${tag}`)).toHaveCount(0);
  await viewsOnA.delete(`Renamed ${tag}`);
  await Promise.all([first.close(), second.close()]);
});

// Last in this file: it spends 127.0.0.1's sign-in budget on these two instances.
test("wrong passwords are throttled on both instances, whatever X-Forwarded-For claims", async ({
  browser,
}) => {
  test.setTimeout(60_000);
  const [instanceA, instanceB] = instancePorts.map(urlOf) as [string, string];
  // A new email and a new forwarded address each time: only the real client address adds up.
  const outcomes: Array<string | undefined> = [];
  for (let guess = 1; guess <= 15; guess++) {
    const answer = await signInOverHttp(
      instanceA,
      { email: `guess-${guess}@nowhere.example`, password: "not-the-password" },
      { forwardedFor: `203.0.113.${guess}` },
    );
    outcomes.push(answer.error);
  }
  expect(outcomes.slice(0, 10)).toEqual(Array(10).fill("CredentialsSignin"));
  for (const outcome of outcomes.slice(10)) expect(outcome).toMatch(/^TooManyAttempts:\d+$/);

  const context = await browser.newContext({ baseURL: instanceB });
  const form = new SignInPage(await context.newPage());
  await form.goto();
  await form.submit(demoUsers["agent-bluebird"].email, "not-the-password");
  await expect(form.notice()).toHaveText(/^Too many attempts — try again in \d+ s$/);
  await context.close();
});
