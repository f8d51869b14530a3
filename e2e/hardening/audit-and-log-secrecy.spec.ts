import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";
import { demoAccounts, demoUsers, expect, test } from "../fixtures";
import { demoPlatform, e2eEnvironment } from "../fixtures/environment";
import { sessionTokens } from "../fixtures/session-store";
import { notice } from "../support/close-dialog";
import { freePort } from "../support/free-port";
import { journal, journalMark } from "../support/journal";
import { moovPaths, paths } from "../support/paths";
import { SignInPage, signIn, submitAndAwaitAnswer } from "../support/sign-in-page";
import { TicketPage } from "../support/ticket-page";
import { ownTicket } from "../tickets/helpers";
import { callAction } from "./helpers";

/**
 * The harness's app keeps its output to itself, so this test starts a second
 * server from the same build and keeps everything it writes. Every write must
 * leave exactly one structured audit line (who, which account and ticket,
 * what, outcome, Moov's x-request-id), and no line may hold a token, a key,
 * the session secret or a password, whatever faults the run went through.
 * The second server reads demo/users.json itself, so the demo's cost-12
 * password hashes are signed in with here.
 */
const root = path.join(import.meta.dirname, "../..");
const demoUsersFile = path.join(root, "demo/users.json");
const { bluebird, cedar, orchard } = demoAccounts;
const wrongPassword = "not-the-password-4f1c";

async function startApp(port: number): Promise<{ child: ChildProcess; output: () => string }> {
  let output = "";
  const child = spawn(
    path.join(root, "node_modules/.bin/next"),
    ["start", "--port", String(port), "--hostname", "127.0.0.1"],
    {
      cwd: root,
      env: {
        ...process.env,
        ...e2eEnvironment(),
        NEXTAUTH_URL: `http://127.0.0.1:${port}`,
        // The demo's own users file, read only: its bcrypt hashes are at the real cost (12),
        // where the harness's app has cheap ones. These sign-ins prove such hashes work.
        USERS_FILE: demoUsersFile,
      },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  child.stdout?.on("data", (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    output += chunk.toString();
  });
  for (let waited = 0; waited < 60_000; waited += 250) {
    const up = await fetch(`http://127.0.0.1:${port}/api/health`).then(
      (response) => response.ok,
      () => false,
    );
    if (up) return { child, output: () => output };
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  child.kill("SIGTERM");
  throw new Error(`The second app server did not start:\n${output}`);
}

type AuditLine = {
  type: "audit";
  action: string;
  actor: string;
  accountID?: string;
  ticketID?: string;
  outcome: string;
  code?: string;
  requestId?: string;
};

const auditLines = (output: string) =>
  output
    .split("\n")
    .filter((line) => line.startsWith('{"type":"audit"'))
    .map((line) => JSON.parse(line) as AuditLine);

test("every write, sign-in, switch and sign-out leaves one audit line, and no log line holds a secret", async ({
  browser,
  emulator,
}) => {
  test.setTimeout(180_000);
  const port = await freePort();
  const baseURL = `http://127.0.0.1:${port}`;
  const app = await startApp(port);
  const context = await browser.newContext({ baseURL });
  const secrets = new Set<string>();
  try {
    const page = await context.newPage();
    const user = demoUsers["agent-bluebird"];
    const form = new SignInPage(page);
    await form.goto();
    await submitAndAwaitAnswer(form, user.email, wrongPassword);
    await expect(form.notice()).toHaveText(
      "That email and password don't match. Check them and try again.",
    );
    await signIn(page, "agent-bluebird");
    for (const token of await sessionTokens(context)) secrets.add(token);

    const since = journalMark();
    const close = async (ticket: { ticketID: string; number: number }) => {
      const ticketPage = new TicketPage(page, bluebird.accountID, ticket);
      await ticketPage.goto();
      await ticketPage.closeTicket();
      await expect(notice(page)).toContainText(`Ticket #${ticket.number}`, { timeout: 15_000 });
    };
    const closed = await ownTicket(emulator, bluebird.accountID);
    await close(closed);

    const refused = await ownTicket(emulator, bluebird.accountID);
    const refusedPath = moovPaths.ticket(bluebird.accountID, refused.ticketID);
    await emulator.addFault({ method: "PATCH", path: refusedPath, status: 403, times: 1 });
    await close(refused);

    // A 401 renews the session's token (refresh) before the close goes through.
    const renewed = await ownTicket(emulator, bluebird.accountID);
    const renewedPath = moovPaths.ticket(bluebird.accountID, renewed.ticketID);
    await emulator.addFault({ method: "PATCH", path: renewedPath, status: 401, times: 1 });
    await close(renewed);
    for (const token of await sessionTokens(context)) secrets.add(token);

    // Moov unreachable for the close and the read-back.
    const lost = await ownTicket(emulator, bluebird.accountID);
    const lostPage = new TicketPage(page, bluebird.accountID, lost);
    await lostPage.goto();
    const drop = await emulator.addFault({
      path: moovPaths.ticket(bluebird.accountID, lost.ticketID),
      drop: true,
    });
    await lostPage.closeTicket();
    await expect(notice(page)).toContainText(`Ticket #${lost.number} may or may not be closed.`, {
      timeout: 15_000,
    });
    await emulator.removeFault(drop);

    const forged = await callAction(context.request, {
      page: paths.ticket(bluebird.accountID, closed.ticketID),
      action: "closeTicket",
      body: JSON.stringify([{ accountID: orchard.accountID, ticketID: closed.ticketID }]),
      baseURL,
    });
    expect(forged.text).toContain('"code":"forbidden"');

    /** The request ID Moov gave the close it answered with `status`. */
    const patchID = async (path: string, status: number) => {
      const requestID = (await journal(emulator, { since, method: "PATCH", path }))
        .filter((entry) => entry.status === status)
        .at(-1)?.requestID;
      expect(requestID, `PATCH ${path} answered ${status}`).toEqual(expect.any(String));
      return requestID;
    };

    // A partner switches to a connected account with the switcher; then the agent signs out.
    const partnerContext = await browser.newContext({ baseURL });
    const partner = demoUsers["partner-harbor"];
    const partnerPage = await partnerContext.newPage();
    await signIn(partnerPage, "partner-harbor");
    await partnerPage.getByRole("button", { name: "Switch account" }).click();
    await partnerPage
      .getByRole("navigation", { name: "Accounts you act for" })
      .getByRole("button", { name: new RegExp(cedar.displayName) })
      .click();
    await expect(partnerPage.getByTestId("acting-for")).toContainText(cedar.displayName);
    for (const token of await sessionTokens(partnerContext)) secrets.add(token);
    await partnerContext.close();
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/sign-in/);

    await expect
      .poll(() => auditLines(app.output()).filter((line) => line.action === "session.sign-out"))
      .toHaveLength(1);
    const audits = auditLines(app.output());
    const sessions = audits.filter((line) => line.action.startsWith("session."));
    expect(sessions).toEqual([
      expect.objectContaining({
        action: "session.sign-in",
        actor: user.email,
        outcome: "denied",
        code: "wrong-credentials",
      }),
      expect.objectContaining({
        action: "session.sign-in",
        actor: user.email,
        accountID: bluebird.accountID,
        outcome: "ok",
      }),
      expect.objectContaining({
        action: "session.sign-in",
        actor: partner.email,
        accountID: partner.home.accountID,
        outcome: "ok",
      }),
      expect.objectContaining({
        action: "session.switch-account",
        actor: partner.email,
        accountID: cedar.accountID,
        outcome: "ok",
      }),
      expect.objectContaining({ action: "session.sign-out", actor: user.email, outcome: "ok" }),
    ]);
    const closes = audits.filter((line) => line.action === "ticket.close");
    const about = (ticketID: string) =>
      closes.filter((line) => line.ticketID === ticketID && line.accountID === bluebird.accountID);

    const base = {
      type: "audit",
      action: "ticket.close",
      actor: user.email,
      accountID: bluebird.accountID,
    };
    expect(about(closed.ticketID)).toEqual([
      expect.objectContaining({
        ...base,
        outcome: "ok",
        requestId: await patchID(moovPaths.ticket(bluebird.accountID, closed.ticketID), 200),
      }),
    ]);
    expect(about(refused.ticketID)).toEqual([
      expect.objectContaining({
        ...base,
        outcome: "denied",
        code: "forbidden",
        requestId: await patchID(refusedPath, 403),
      }),
    ]);
    expect(about(renewed.ticketID)).toEqual([
      expect.objectContaining({
        ...base,
        outcome: "ok",
        requestId: await patchID(renewedPath, 200),
      }),
    ]);
    expect(about(lost.ticketID)).toEqual([
      expect.objectContaining({ ...base, outcome: "failed", code: "unconfirmed" }),
    ]);
    expect(closes.filter((line) => line.accountID === orchard.accountID)).toEqual([
      expect.objectContaining({ actor: user.email, outcome: "denied", code: "forbidden" }),
    ]);
  } finally {
    await context.close();
    app.child.kill("SIGTERM");
  }

  const output = app.output();
  const {
    MOOV_PRIVATE_KEY = "",
    NEXTAUTH_SECRET = "",
    MOOV_WEBHOOK_SECRET = "",
    SESSION_ENCRYPTION_KEY = "",
  } = e2eEnvironment();
  const needles = [
    ...secrets,
    "moov_at_",
    "moov_rt_",
    MOOV_PRIVATE_KEY,
    demoPlatform.privateKey,
    Buffer.from(`${demoPlatform.publicKey}:${demoPlatform.privateKey}`).toString("base64"),
    NEXTAUTH_SECRET,
    MOOV_WEBHOOK_SECRET,
    SESSION_ENCRYPTION_KEY,
    demoUsers["agent-bluebird"].password,
    demoUsers["partner-harbor"].password,
    wrongPassword,
    "Bearer ",
    "Basic ",
  ].filter((needle) => needle.length > 0);
  expect(secrets.size).toBeGreaterThanOrEqual(4);
  expect(output.length).toBeGreaterThan(0);
  expect(needles.filter((needle) => output.includes(needle))).toEqual([]);
});
