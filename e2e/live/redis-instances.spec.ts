import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { demoAccounts, demoUsers, expect, test } from "../fixtures";
import { e2eEnvironment, e2ePorts } from "../fixtures/environment";
import { ownTicket, ticketPath } from "../tickets/helpers";
import { postWebhook } from "./signed-webhook";

/**
 * Two app instances sharing a real Redis, as behind a load balancer: Moov's
 * webhook reaches instance A, the person's browser is connected to instance B.
 */
const redisPort = e2ePorts.app + 3000;
const instancePorts = [e2ePorts.app + 11, e2ePorts.app + 12] as const;
const urlOf = (port: number) => `http://127.0.0.1:${port}`;
const root = path.resolve(import.meta.dirname, "../..");
const redisBinary = process.env.REDIS_SERVER ?? "/usr/bin/redis-server";

const started: ChildProcess[] = [];

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

test("an event delivered to one instance reaches a browser connected to another", async ({
  browser,
  emulator,
}) => {
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
  await expect(page).toHaveURL(/\/tickets/);
  await page.goto(ticketPath(accountID, ticket.ticketID));
  const messages = page.getByRole("list", { name: "Messages" }).getByRole("listitem");
  await expect(messages).toHaveCount(1);
  await expect(page.locator("[data-connection]")).toHaveAttribute("data-connection", "live");

  // The emulator's own webhook goes to the main E2E app, not to A or B: B hears of
  // this message only if A's event crosses Redis.
  await emulator.addStaffMessage(ticket.ticketID, { author: "Moov Support", body: "Via Redis." });
  await page.waitForTimeout(1_000);
  await expect(messages).toHaveCount(1);

  const delivered = await postWebhook(instanceA, e2eEnvironment().MOOV_WEBHOOK_SECRET ?? "", {
    type: "ticket.messageAdded",
    data: { accountID, ticketID: ticket.ticketID },
  });
  expect(delivered.status).toBe(200);
  await expect(messages).toHaveCount(2, { timeout: 2_000 });
  await expect(messages.nth(1)).toContainText("Via Redis.");
  await context.close();
});
