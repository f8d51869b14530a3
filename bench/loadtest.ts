/**
 * `npm run loadtest`: 50 simulated agents over 5 demo accounts read their
 * queues and close 2,000 tickets in 60 s while the emulator is killed
 * (`kill -9`) and restarted midway, all on loopback. Bounded: 60 s of work,
 * 2,000 closes plus retries, ~90 s in all. Exits 1 when an invariant fails:
 * every ticket closed exactly once (one successful PATCH each in the
 * emulator's journal; a 409 on a retry after an unanswered close is counted
 * and explained), no close lost or read back stale, and no 5xx from the app
 * except while the emulator was down.
 */
import { randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { callAction, type Session, serverActionID, signIn } from "./lib/app-client";
import { benchDistDir, buildKeepingTsconfig } from "./lib/build";
import { EmulatorAPI, eachLimited, type JournalEntry, KeyPairClient } from "./lib/emulator-api";
import { keepAliveAgent, request } from "./lib/http";
import { exitCleanlyOnSignals, root, stopAll } from "./lib/processes";
import { ms, table } from "./lib/report";
import { type Running, startAppProcess, startEmulatorProcess } from "./lib/stack";
import { summarize } from "./lib/stats";

const WORK_MS = 60_000;
const KILL_AT_MS = 30_000;
const DOWN_MS = 3_000;
const AGENTS = 50;
const TICKETS_PER_ACCOUNT = 400;
/** Closes are spread over this much of the minute, leaving room for retries after the outage. */
const CLOSE_SPREAD_MS = 45_000;
const ports = { emulator: 4410, app: 3410 };

const account = (n: number) => `5b0f8c6e-2d1a-4c3e-9f7a-00000000000${n}`;
const HARBOR = account(1);
const HARBOR_KEYS = { publicKey: "pk_harbor_demo", privateKey: "sk_harbor_demo_7f3c9a" };

/** Five accounts, each worked by ten agents signed in as the demo person who acts for it. */
const accounts = [
  { accountID: account(1), email: "partner@harbor.example", relation: "partner, own account" },
  { accountID: account(2), email: "agent@bluebird.example", relation: "account agent" },
  { accountID: account(3), email: "ops@cedar.example", relation: "account agent, 1st of 2" },
  { accountID: account(4), email: "ops@cedar.example", relation: "account agent, 2nd of 2" },
  { accountID: account(5), email: "support@quayside.example", relation: "partner, connected" },
];

type Ticket = { ticketID: string; number: number; accountID: string };
type Kind = "sign-in" | "queue page" | "list route" | "close action";
type Call = {
  kind: Kind;
  start: number;
  end: number;
  status: number;
  ok: boolean;
  code?: string;
  error?: string;
};
type CloseState = {
  ticket: Ticket;
  attempts: number;
  ambiguous: number;
  /** [start, end] of every attempt */
  tries: Array<[number, number]>;
  closedBy?: "ok" | "409-after-retry";
  answeredAt?: number;
};

const calls: Call[] = [];
const invariantFailures: string[] = [];
const now = () => performance.now();
const sleep = (msec: number) => new Promise((resolve) => setTimeout(resolve, msec));

function passwords(): Map<string, string> {
  const file = JSON.parse(readFileSync(path.join(root, "demo/sign-ins.json"), "utf8")) as {
    signIns: Array<{ email: string; password: string }>;
  };
  return new Map(file.signIns.map((entry) => [entry.email, entry.password]));
}

async function createTickets(emulator: EmulatorAPI, tag: string): Promise<Ticket[][]> {
  const seed = await emulator.seedInfo();
  return Promise.all(
    accounts.map(async ({ accountID }, a) => {
      const keys = seed.find((entry) => entry.accountID === accountID)?.apiKeys[0];
      if (!keys) throw new Error(`no key pair for ${accountID} in seed-info`);
      const client = new KeyPairClient(emulator.url, keys);
      const created = await eachLimited(
        Array.from({ length: TICKETS_PER_ACCOUNT }, (_, i) => i),
        4,
        (i) => client.createTicket(accountID, `${tag}-${a}-${i}`, i),
      );
      return created.map((ticket) => ({ ...ticket, accountID }));
    }),
  );
}

/** Copies the in-memory journal out of the emulator as it goes; a kill -9 loses what was not copied. */
class JournalCopy {
  readonly entries = new Map<string, JournalEntry>();
  private lastPoll = Date.now();
  private timer?: NodeJS.Timeout;

  constructor(private emulator: () => EmulatorAPI) {}

  async poll(): Promise<void> {
    const started = Date.now();
    // Entries carry their start time and are recorded at their end: look 3 s back, keep each once.
    const since = new Date(this.lastPoll - 3000).toISOString();
    try {
      const response = await fetch(`${this.emulator().url}/_emulator/journal?since=${since}`);
      const rows = (await response.json()) as JournalEntry[];
      for (const row of rows) this.entries.set(row.requestID, row);
      this.lastPoll = started;
    } catch {
      // the emulator is down
    }
  }

  start(): void {
    const tick = async () => {
      await this.poll();
      this.timer = setTimeout(tick, 500);
    };
    this.timer = setTimeout(tick, 500);
  }

  stop(): void {
    clearTimeout(this.timer);
  }
}

function record(call: Call): Call {
  calls.push(call);
  return call;
}

async function timedGet(
  kind: Kind,
  session: Session,
  url: string,
): Promise<Call & { body: string }> {
  const start = now();
  try {
    const answer = await request(url, { jar: session.jar, agent, timeoutMs: 15_000 });
    const call = record({
      kind,
      start,
      end: now(),
      status: answer.status,
      ok: answer.status === 200,
    });
    return { ...call, body: answer.body };
  } catch (error) {
    const call = record({ kind, start, end: now(), status: 0, ok: false, error: String(error) });
    return { ...call, body: "" };
  }
}

const agent = keepAliveAgent(128);

type Shared = {
  appURL: string;
  actionID: string;
  /** per account: ticketID → when an agent learnt it was closed (for stale-read checks) */
  closedAt: Map<string, Map<string, number>>;
  staleReads: string[];
};

async function workAgent(
  index: number,
  session: Session,
  accountID: string,
  own: CloseState[],
  shared: Shared,
  deadline: number,
): Promise<void> {
  const { appURL, actionID } = shared;
  const queueURL = `${appURL}/accounts/${accountID}/tickets`;
  const pending = [...own];
  const pace = CLOSE_SPREAD_MS / own.length;
  const begun = now();
  let closed = 0;
  let cycle = 0;
  // Agents start a little apart, as people do.
  await sleep((index * 97) % 1000);
  while (pending.length > 0 && now() < deadline) {
    const cycleStart = now();
    // Reads fill the time between closes; an agent behind its schedule only closes.
    const behind = closed < (now() - begun) / pace - 1;
    if (!behind) {
      cycle++;
      if (cycle % 4 === 0) {
        await timedGet("queue page", session, queueURL);
      } else {
        const readStart = now();
        const read = await timedGet(
          "list route",
          session,
          `${appURL}/api/accounts/${accountID}/tickets`,
        );
        if (read.ok) checkFresh(read.body, accountID, readStart, shared);
      }
    }
    const state = pending.shift();
    if (!state) break;
    const done = await closeOnce(state, session, accountID, actionID, appURL, shared);
    if (done) closed++;
    else pending.push(state);
    const wait = done ? pace - (now() - cycleStart) : 300;
    if (wait > 0) await sleep(Math.min(wait, Math.max(0, deadline - now())));
  }
}

/** A ticket an agent already saw closed must not come back in an "open" list read after that. */
function checkFresh(body: string, accountID: string, readStart: number, shared: Shared): void {
  let items: Array<{ ticketID: string; status: string }> = [];
  try {
    items = (JSON.parse(body) as { items: typeof items }).items;
  } catch {
    return;
  }
  const closed = shared.closedAt.get(accountID);
  for (const item of items) {
    const at = closed?.get(item.ticketID);
    if (at !== undefined && at < readStart) {
      shared.staleReads.push(
        `${item.ticketID} listed as ${item.status} after its close was answered`,
      );
    }
  }
}

/** Answers that say the close can never succeed; every other failure may be retried. */
const finalCodes = new Set(["unauthorized", "forbidden", "not_found", "invalid", "bad_request"]);

async function closeOnce(
  state: CloseState,
  session: Session,
  accountID: string,
  actionID: string,
  appURL: string,
  shared: Shared,
): Promise<boolean> {
  const { ticketID } = state.ticket;
  state.attempts++;
  const start = now();
  let status = 0;
  let result: { ok?: boolean; code?: string; ticket?: { status?: string } } | undefined;
  let error: string | undefined;
  try {
    const answer = await callAction(
      `${appURL}/accounts/${accountID}/tickets/${ticketID}`,
      actionID,
      [{ accountID, ticketID }],
      session.jar,
      agent,
      15_000,
    );
    status = answer.status;
    result = answer.result as typeof result;
  } catch (caught) {
    error = String(caught);
  }
  const end = now();
  state.tries.push([start, end]);
  const ok = status === 200 && result?.ok === true;
  record({ kind: "close action", start, end, status, ok, code: result?.code, error });
  const learnt = () => shared.closedAt.get(accountID)?.set(ticketID, end);
  if (ok) {
    if (result?.ticket?.status !== "closed") {
      invariantFailures.push(
        `${ticketID}: the action answered ok with status ${result?.ticket?.status}`,
      );
    }
    state.closedBy = "ok";
    state.answeredAt = end;
    learnt();
    return true;
  }
  if (status === 200 && result?.code === "conflict") {
    if (state.ambiguous > 0) {
      state.closedBy = "409-after-retry";
      state.answeredAt = end;
      learnt();
    } else {
      invariantFailures.push(`${ticketID}: 409 on its first close (someone else closed it?)`);
      state.closedBy = "409-after-retry";
    }
    return true;
  }
  if (status === 200 && result?.code && finalCodes.has(result.code)) {
    invariantFailures.push(`${ticketID}: the close failed for good: ${result.code}`);
    return true;
  }
  // Unanswered or failed upstream: it may or may not have reached Moov. Try again later.
  state.ambiguous++;
  return false;
}

async function main(): Promise<number> {
  exitCleanlyOnSignals();
  const started = Date.now();
  const scratch = mkdtempSync(path.join(os.tmpdir(), "support-desk-loadtest-"));
  const logDir = path.join(
    root,
    "bench/results",
    `loadtest-logs-${new Date().toISOString().replace(/[:.]/g, "-")}`,
  );
  mkdirSync(logDir, { recursive: true });
  buildKeepingTsconfig(benchDistDir);

  const db = path.join(scratch, "emulator.sqlite");
  const emulatorStart = {
    port: ports.emulator,
    db,
    seed: "demo" as const,
    // 50 agents on 5 accounts, every call minted by Harbor's key pair: far above Moov's 40/s.
    rateLimit: 2000,
    logFile: path.join(logDir, "emulator.log"),
  };
  let emulator: Running = await startEmulatorProcess(emulatorStart);
  let admin = new EmulatorAPI(emulator.url);
  await admin.setConfig({ journalSize: 100_000 });
  const tag = `lt-${randomBytes(3).toString("hex")}`;
  console.log(
    `loadtest ${tag}: creating ${TICKETS_PER_ACCOUNT} tickets on each of ${accounts.length} accounts …`,
  );
  const tickets = await createTickets(admin, tag);

  const app = await startAppProcess({
    port: ports.app,
    distDir: benchDistDir,
    emulatorURL: emulator.url,
    ...HARBOR_KEYS,
    platformAccountID: HARBOR,
    usersFile: path.join(root, "demo/users.json"),
    logFile: path.join(logDir, "app.log"),
  });
  const actionID = serverActionID(
    path.join(root, benchDistDir),
    "app/actions/close-ticket.ts",
    "closeTicket",
  );

  console.log(`signing in ${AGENTS} agents …`);
  const secrets = passwords();
  const sessions = await eachLimited(
    Array.from({ length: AGENTS }, (_, i) => i),
    4,
    async (i) => {
      const { email } = accounts[i % accounts.length] as (typeof accounts)[number];
      const start = now();
      const session = await signIn(app.url, email, secrets.get(email) ?? "", agent);
      record({ kind: "sign-in", start, end: now(), status: 200, ok: true });
      return session;
    },
  );
  // Each agent opens its account's queue first (a switch mints that account's token).
  await eachLimited(sessions, 5, (session, i) => {
    const { accountID } = accounts[i % accounts.length] as (typeof accounts)[number];
    return timedGet("queue page", session, `${app.url}/accounts/${accountID}/tickets`);
  });

  // Ticket j of an account belongs to agent j % 10 of that account, who works them in a shuffled order.
  const states = tickets.map((list) =>
    list.map((ticket): CloseState => ({ ticket, attempts: 0, ambiguous: 0, tries: [] })),
  );
  const perAccount = AGENTS / accounts.length;
  const shared: Shared = {
    appURL: app.url,
    actionID,
    closedAt: new Map(accounts.map(({ accountID }) => [accountID, new Map()])),
    staleReads: [],
  };
  const journal = new JournalCopy(() => admin);
  journal.start();

  console.log(
    `working for ${WORK_MS / 1000} s; kill -9 of the emulator at ${KILL_AT_MS / 1000} s for ${DOWN_MS / 1000} s …`,
  );
  const workStart = now();
  const deadline = workStart + WORK_MS;
  const outage = { down: Number.NaN, up: Number.NaN };
  const chaos = (async () => {
    await sleep(KILL_AT_MS);
    await journal.poll();
    await emulator.managed.kill9();
    outage.down = now();
    await sleep(DOWN_MS);
    emulator = await startEmulatorProcess(emulatorStart);
    admin = new EmulatorAPI(emulator.url);
    await admin.setConfig({ journalSize: 100_000 });
    outage.up = now();
  })();
  await Promise.all([
    chaos,
    ...sessions.map((session, i) => {
      const a = i % accounts.length;
      const slot = Math.floor(i / accounts.length);
      const own = (states[a] ?? [])
        .filter((_, j) => j % perAccount === slot)
        .map((state, j) => ({ state, key: ((j + 1) * 2654435761 + i * 40503) % 4294967296 }))
        .sort((x, y) => x.key - y.key)
        .map(({ state }) => state);
      return workAgent(i, session, accounts[a]?.accountID ?? "", own, shared, deadline);
    }),
  ]);
  const workSeconds = (now() - workStart) / 1000;
  journal.stop();
  await journal.poll();

  // Verify against the emulator: final states and the journal's successful PATCHes.
  const seed = await admin.seedInfo();
  const finalStatus = new Map<string, string>();
  for (const { accountID } of accounts) {
    const keys = seed.find((entry) => entry.accountID === accountID)?.apiKeys[0];
    if (!keys) throw new Error(`no key pair for ${accountID}`);
    for (const ticket of await new KeyPairClient(emulator.url, keys).allTickets(accountID)) {
      if (ticket.foreignID?.startsWith(`${tag}-`)) finalStatus.set(ticket.ticketID, ticket.status);
    }
  }
  const patches = new Map<string, { ok: number; conflict: number; other: number }>();
  for (const entry of journal.entries.values()) {
    if (entry.method !== "PATCH") continue;
    const ticketID = entry.path.split("/").at(-1) ?? "";
    const counts = patches.get(ticketID) ?? { ok: 0, conflict: 0, other: 0 };
    if (entry.status === 200) counts.ok++;
    else if (entry.status === 409) counts.conflict++;
    else counts.other++;
    patches.set(ticketID, counts);
  }
  const all = states.flat();
  const notClosed = all.filter((state) => finalStatus.get(state.ticket.ticketID) !== "closed");
  const twice = all.filter((state) => (patches.get(state.ticket.ticketID)?.ok ?? 0) > 1);
  const unobserved = all.filter((state) => (patches.get(state.ticket.ticketID)?.ok ?? 0) === 0);
  const retried409 = all.filter((state) => state.closedBy === "409-after-retry");
  // The journal lives in the emulator's memory and was copied up to just before the kill: a
  // success missing from it is explained only by an attempt in flight around the kill.
  const aroundKill = (state: CloseState) =>
    state.tries.some(([start, end]) => start <= outage.down + 50 && end >= outage.down - 1000);
  const lostWithKill = unobserved.filter(aroundKill);
  if (finalStatus.size !== all.length) {
    invariantFailures.push(`the emulator holds ${finalStatus.size} of the ${all.length} tickets`);
  }
  if (notClosed.length > 0) {
    invariantFailures.push(
      `${notClosed.length} tickets are not closed (lost or unfinished closes)`,
    );
  }
  if (twice.length > 0) {
    invariantFailures.push(`${twice.length} tickets have more than one successful PATCH`);
  }
  if (unobserved.length > lostWithKill.length) {
    invariantFailures.push(
      `${unobserved.length - lostWithKill.length} closed tickets have no successful PATCH in the journal`,
    );
  }
  for (const stale of shared.staleReads.slice(0, 5)) invariantFailures.push(`stale read: ${stale}`);
  if (shared.staleReads.length > 5)
    invariantFailures.push(`… ${shared.staleReads.length - 5} more stale reads`);
  const during = (call: Call) => call.end >= outage.down && call.start <= outage.up;
  const serverErrors = calls.filter((call) => call.status >= 500);
  const outsideOutage = serverErrors.filter((call) => !during(call));
  if (outsideOutage.length > 0) {
    invariantFailures.push(`${outsideOutage.length} 5xx answers from the app outside the outage`);
  }

  const kinds: Kind[] = ["sign-in", "queue page", "list route", "close action"];
  const latencyTable = table(
    ["Request", "n", "ok", "5xx", "failed, outage", "p50 ms", "p95 ms", "p95 ms outside outage"],
    kinds.map((kind) => {
      const mine = calls.filter((call) => call.kind === kind);
      const all = summarize(mine.map((call) => call.end - call.start));
      const calm = summarize(
        mine.filter((call) => !during(call)).map((call) => call.end - call.start),
      );
      return [
        kind,
        mine.length,
        mine.filter((call) => call.ok).length,
        mine.filter((call) => call.status >= 500).length,
        mine.filter((call) => !call.ok && during(call)).length,
        ms(all.p50),
        ms(all.p95),
        ms(calm.p95),
      ];
    }),
  );
  const invariants = table(
    ["Invariant", "Result"],
    [
      [
        "Tickets closed (emulator's final state)",
        `${all.length - notClosed.length} / ${all.length}`,
      ],
      [
        "Successful PATCHes per ticket in the journal",
        `${all.length - unobserved.length - twice.length} exactly one, ${twice.length} more than one, ${unobserved.length} none seen`,
      ],
      [
        "  of which none seen: attempted around the kill (journal lost with the process)",
        String(lostWithKill.length),
      ],
      [
        "Closed by a retry that got 409 (the first try was unanswered but had reached Moov)",
        String(retried409.length),
      ],
      [
        "Close attempts / unanswered or failed attempts retried",
        `${all.reduce((s, x) => s + x.attempts, 0)} / ${all.reduce((s, x) => s + x.ambiguous, 0)}`,
      ],
      [
        "Stale reads (a closed ticket listed again after its close was answered)",
        String(shared.staleReads.length),
      ],
      [
        "App 5xx during the outage / outside it",
        `${serverErrors.length - outsideOutage.length} / ${outsideOutage.length}`,
      ],
      [
        "Outage (kill -9 → emulator answering again)",
        `${ms(outage.up - outage.down)} ms, from ${((outage.down - workStart) / 1000).toFixed(1)} s`,
      ],
      [
        "Work phase",
        `${workSeconds.toFixed(1)} s, ${calls.filter((c) => c.kind !== "sign-in").length} app requests, ${journal.entries.size} Moov requests seen`,
      ],
    ],
  );
  console.log(`\n${latencyTable}\n\n${invariants}\n`);
  if (outsideOutage.length > 0) {
    console.log("5xx outside the outage (ms after the emulator answered again):");
    for (const call of outsideOutage.slice(0, 10)) {
      console.log(
        `  ${call.kind} ${call.status} at +${ms(call.start - outage.up)} ms ${call.error ?? ""}`,
      );
    }
  }
  const result = {
    at: new Date().toISOString(),
    tag,
    seconds: (Date.now() - started) / 1000,
    outage: { downAfterMs: outage.down - workStart, durationMs: outage.up - outage.down },
    invariantFailures,
    retried409: retried409.map((state) => state.ticket.ticketID),
    markdown: `${latencyTable}\n\n${invariants}`,
  };
  writeFileSync(
    path.join(root, "bench/results/loadtest-latest.json"),
    `${JSON.stringify(result, null, 2)}\n`,
  );
  rmSync(scratch, { recursive: true, force: true });
  if (invariantFailures.length > 0) {
    console.log(`INVARIANTS FAILED:\n  ${invariantFailures.join("\n  ")}`);
    return 1;
  }
  console.log(`All invariants hold (${result.seconds.toFixed(0)} s in all).`);
  return 0;
}

main()
  .then(async (code) => {
    await stopAll();
    process.exit(code);
  })
  .catch(async (error: unknown) => {
    console.error(`loadtest: ${error instanceof Error ? error.stack : error}`);
    await stopAll();
    process.exit(1);
  });
