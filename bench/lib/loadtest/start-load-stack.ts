/**
 * The load test's stack: the emulator (demo seed, in a file so it survives a
 * kill -9) with 400 fresh tickets per account, the built app, and 50 agents
 * signed in, each with its account's queue opened once.
 */
import { chmodSync, copyFileSync, readFileSync } from "node:fs";
import path from "node:path";
import { type Session, serverActionID, signIn } from "../app-client";
import { benchDistDir } from "../build";
import { EmulatorAPI, eachLimited, KeyPairClient } from "../emulator-api";
import { root } from "../processes";
import { type EmulatorStart, type Running, startAppProcess, startEmulatorProcess } from "../stack";
import type { Ledger } from "./ledger";
import {
  accountOf,
  accounts,
  agentCount,
  harborID,
  harborKeys,
  now,
  ports,
  type Ticket,
  ticketsPerAccountCount,
} from "./plan";

/** The emulator as it is now: the chaos step replaces it with a restarted one. */
export type LiveEmulator = { emulator: Running; admin: EmulatorAPI; start: EmulatorStart };

export async function startLoadEmulator(scratch: string, logDir: string): Promise<LiveEmulator> {
  const start: EmulatorStart = {
    port: ports.emulator,
    db: path.join(scratch, "emulator.sqlite"),
    seed: "demo",
    // 50 agents on 5 accounts, every call minted by Harbor's key pair: far above Moov's 40/s.
    rateLimit: 2000,
    logFile: path.join(logDir, "emulator.log"),
  };
  const emulator = await startEmulatorProcess(start);
  const admin = new EmulatorAPI(emulator.url);
  await admin.setConfig({ journalSize: 100_000 });
  return { emulator, admin, start };
}

export async function createTickets(emulator: EmulatorAPI, tag: string): Promise<Ticket[][]> {
  const seed = await emulator.seedInfo();
  return Promise.all(
    accounts.map(async ({ accountID }, a) => {
      const keys = seed.find((entry) => entry.accountID === accountID)?.apiKeys[0];
      if (!keys) throw new Error(`no key pair for ${accountID} in seed-info`);
      const client = new KeyPairClient(emulator.url, keys);
      const created = await eachLimited(
        Array.from({ length: ticketsPerAccountCount }, (_, i) => i),
        4,
        (i) => client.createTicket(accountID, `${tag}-${a}-${i}`, i),
      );
      return created.map((ticket) => ({ ...ticket, accountID }));
    }),
  );
}

/**
 * The app with the demo's people. Their users file is copied into the scratch
 * dir first: the app refuses one its group or others may write, as a
 * checkout may leave demo/users.json.
 */
export async function startLoadApp(
  emulatorURL: string,
  scratch: string,
  logDir: string,
): Promise<{ app: Running; actionID: string }> {
  const usersFile = path.join(scratch, "users.json");
  copyFileSync(path.join(root, "demo/users.json"), usersFile);
  chmodSync(usersFile, 0o600);
  const app = await startAppProcess({
    port: ports.app,
    distDir: benchDistDir,
    emulatorURL,
    ...harborKeys,
    platformAccountID: harborID,
    usersFile,
    dataDBPath: path.join(scratch, "app-data.sqlite"),
    logFile: path.join(logDir, "app.log"),
  });
  return { app, actionID: serverActionID(path.join(root, benchDistDir), "closeTicket") };
}

function passwords(): Map<string, string> {
  const file = JSON.parse(readFileSync(path.join(root, "demo/sign-ins.json"), "utf8")) as {
    signIns: Array<{ email: string; password: string }>;
  };
  return new Map(file.signIns.map((entry) => [entry.email, entry.password]));
}

export async function signInAgents(appURL: string, ledger: Ledger): Promise<Session[]> {
  console.log(`signing in ${agentCount} agents …`);
  const secrets = passwords();
  const sessions = await eachLimited(
    Array.from({ length: agentCount }, (_, i) => i),
    4,
    async (i) => {
      const { email } = accountOf(i);
      const start = now();
      const session = await signIn(appURL, email, secrets.get(email) ?? "", ledger.agent);
      ledger.record({ kind: "sign-in", start, end: now(), status: 200, ok: true });
      return session;
    },
  );
  // Each agent opens its account's queue first (a switch mints that account's token).
  await eachLimited(sessions, 5, (session, i) =>
    ledger.timedGet("queue page", session, `${appURL}/accounts/${accountOf(i).accountID}/tickets`),
  );
  return sessions;
}
