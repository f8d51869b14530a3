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
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Session } from "./lib/app-client";
import { benchDistDir, buildKeepingTsconfig } from "./lib/build";
import { keepAliveAgent } from "./lib/http";
import { killAndRestartEmulator, type Outage } from "./lib/loadtest/chaos";
import { JournalCopy } from "./lib/loadtest/journal-copy";
import { Ledger } from "./lib/loadtest/ledger";
import {
  accountOf,
  accounts,
  type CloseState,
  killAfterMs,
  now,
  outageMs,
  ticketsPerAccountCount,
  workDurationMs,
} from "./lib/loadtest/plan";
import {
  createTickets,
  type LiveEmulator,
  signInAgents,
  startLoadApp,
  startLoadEmulator,
} from "./lib/loadtest/start-load-stack";
import { invariantsTable, latencyTable, type WorkFigures } from "./lib/loadtest/tables";
import { finalStatuses, judge, recordBrokenInvariants } from "./lib/loadtest/verify";
import { ownTickets, type Shared, workAgent } from "./lib/loadtest/work-agent";
import { exitCleanlyOnSignals, root, stopAll } from "./lib/processes";
import { ms } from "./lib/report";

type Prepared = {
  live: LiveEmulator;
  tag: string;
  states: CloseState[][];
  sessions: Session[];
  shared: Shared;
};

/** Build, emulator with this run's tickets, app, and every agent signed in. */
async function prepare(scratch: string, logDir: string, ledger: Ledger): Promise<Prepared> {
  buildKeepingTsconfig(benchDistDir);
  const live = await startLoadEmulator(scratch, logDir);
  const tag = `lt-${randomBytes(3).toString("hex")}`;
  console.log(
    `loadtest ${tag}: creating ${ticketsPerAccountCount} tickets on each of ${accounts.length} accounts …`,
  );
  const tickets = await createTickets(live.admin, tag);
  const { app, actionID } = await startLoadApp(live.emulator.url, scratch, logDir);
  const sessions = await signInAgents(app.url, ledger);
  const states = tickets.map((list) =>
    list.map((ticket): CloseState => ({ ticket, attempts: 0, ambiguous: 0, tries: [] })),
  );
  const shared: Shared = {
    ledger,
    appURL: app.url,
    actionID,
    closedAt: new Map(accounts.map(({ accountID }) => [accountID, new Map()])),
    staleReads: [],
  };
  return { live, tag, states, sessions, shared };
}

/** The minute of work, with the emulator's outage in the middle of it. */
async function work(prepared: Prepared) {
  const { live, states, sessions, shared } = prepared;
  const journal = new JournalCopy(() => live.admin);
  journal.start();
  console.log(
    `working for ${workDurationMs / 1000} s; kill -9 of the emulator at ${killAfterMs / 1000} s for ${outageMs / 1000} s …`,
  );
  const workStart = now();
  const deadline = workStart + workDurationMs;
  const outage: Outage = { down: Number.NaN, up: Number.NaN };
  await Promise.all([
    killAndRestartEmulator(live, journal, outage),
    ...sessions.map((session, i) =>
      workAgent(i, session, accountOf(i).accountID, ownTickets(states, i), shared, deadline),
    ),
  ]);
  const workSeconds = (now() - workStart) / 1000;
  journal.stop();
  await journal.poll();
  return { journal, outage, workStart, workSeconds };
}

/** Verifies against the emulator, prints the tables and writes loadtest-latest.json. */
async function verifyAndReport(
  prepared: Prepared,
  worked: Awaited<ReturnType<typeof work>>,
  ledger: Ledger,
  started: number,
): Promise<number> {
  const { live, tag, states, shared } = prepared;
  const finalStatus = await finalStatuses(live.admin, tag);
  const verdict = judge(states.flat(), finalStatus, worked.journal, worked.outage, ledger);
  recordBrokenInvariants(verdict, shared.staleReads, ledger);
  const figures: WorkFigures = { ...worked, verdict, staleReads: shared.staleReads.length, ledger };
  const latency = latencyTable(ledger, verdict);
  const invariants = invariantsTable(figures);
  console.log(`\n${latency}\n\n${invariants}\n`);
  if (verdict.outsideOutage.length > 0) {
    console.log("5xx outside the outage (ms after the emulator answered again):");
    for (const call of verdict.outsideOutage.slice(0, 10)) {
      console.log(
        `  ${call.kind} ${call.status} at +${ms(call.start - worked.outage.up)} ms ${call.error ?? ""}`,
      );
    }
  }
  const { outage, workStart } = worked;
  const result = {
    at: new Date().toISOString(),
    tag,
    seconds: (Date.now() - started) / 1000,
    outage: { downAfterMs: outage.down - workStart, durationMs: outage.up - outage.down },
    invariantFailures: ledger.invariantFailures,
    retried409: verdict.retried409.map((state) => state.ticket.ticketID),
    markdown: `${latency}\n\n${invariants}`,
  };
  writeFileSync(
    path.join(root, "bench/results/loadtest-latest.json"),
    `${JSON.stringify(result, null, 2)}\n`,
  );
  if (ledger.invariantFailures.length > 0) {
    console.log(`INVARIANTS FAILED:\n  ${ledger.invariantFailures.join("\n  ")}`);
    return 1;
  }
  console.log(`All invariants hold (${result.seconds.toFixed(0)} s in all).`);
  return 0;
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
  const ledger = new Ledger(keepAliveAgent(128));
  const prepared = await prepare(scratch, logDir, ledger);
  const worked = await work(prepared);
  const code = await verifyAndReport(prepared, worked, ledger, started);
  rmSync(scratch, { recursive: true, force: true });
  return code;
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
