/**
 * `npm run bench -- --only export`: the CSV export of a large account and of
 * a partner's whole book, on the `large` seed: rows per second, time to the
 * first byte, and how much the app's resident memory grew meanwhile (against
 * the size of the file it sent: a server that held the list would grow by
 * more than the file). Rows are checked against the emulator's own count.
 */
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { signIn } from "../app-client";
import { buildKeepingTsconfig } from "../build";
import { EmulatorAPI, eachLimited, KeyPairClient } from "../emulator-api";
import { keepAliveAgent } from "../http";
import { root } from "../processes";
import { machine, machineLine } from "../report";
import type { BenchConfig, RunPaths } from "../run/config";
import { step } from "../run/config";
import { startBenchApp } from "../run/start-stack";
import { atlasID, people, summitID, summitKeys } from "../setup";
import { startEmulatorProcess } from "../stack";
import { median } from "../stats";
import { writeUsersFile } from "../users";
import { type DisconnectFigure, disconnectCheck } from "./disconnect-check";
import { type ExportRead, readExport } from "./stream-export";

type Scenario = { label: string; who: "atlas" | "partner"; path: string; expectedRows: number };

export type ExportFigure = {
  label: string;
  rows: number;
  fileMB: number;
  totalMs: number;
  firstByteMs: number;
  rowsPerSecond: number;
  rssBeforeMB: number;
  rssGrowthMB: number;
};

const mb = (bytes: number) => bytes / 1024 / 1024;
const round = (value: number, digits = 1) => Number(value.toFixed(digits));

async function ticketsOf(url: string, accountIDs: readonly string[]): Promise<number> {
  const client = new KeyPairClient(url, summitKeys);
  const counts = await eachLimited(
    accountIDs,
    8,
    async (id) => (await client.allTickets(id)).length,
  );
  return counts.reduce((sum, count) => sum + count, 0);
}

function figureOf(scenario: Scenario, reads: ExportRead[]): ExportFigure {
  for (const read of reads) {
    if (read.status !== 200 || read.rows !== scenario.expectedRows) {
      throw new Error(
        `${scenario.label}: ${read.status}, ${read.rows} rows of ${scenario.expectedRows} (last: ${read.lastRecord.slice(0, 120)})`,
      );
    }
  }
  const totalMs = median(reads.map((read) => read.totalMs));
  return {
    label: scenario.label,
    rows: scenario.expectedRows,
    fileMB: round(mb(reads[0]?.bytes ?? 0), 2),
    totalMs: round(totalMs, 0),
    firstByteMs: round(median(reads.map((read) => read.firstByteMs)), 0),
    rowsPerSecond: Math.round(scenario.expectedRows / (totalMs / 1000)),
    rssBeforeMB: round(median(reads.map((read) => read.rssBeforeMB))),
    rssGrowthMB: round(Math.max(...reads.map((read) => read.rssPeakMB - read.rssBeforeMB))),
  };
}

type PipelineHeap = {
  streamed: Array<{ tickets: number; fileMB: number; liveGrowthMB: number }>;
  held: { tickets: number; asObjectsMB: number; withTextMB: number };
};

/** The pipeline's live heap, measured in a process of its own (pipeline-heap.ts). */
function measurePipelineHeap(): PipelineHeap {
  const output = execFileSync(
    process.execPath,
    ["--expose-gc", "--import", "tsx", "bench/lib/export/pipeline-heap.ts"],
    { cwd: root, encoding: "utf8", maxBuffer: 1 << 20 },
  );
  return JSON.parse(output.trim().split("\n").at(-1) ?? "{}") as PipelineHeap;
}

function heapTable(heap: PipelineHeap): string {
  return [
    "The export pipeline's live heap (after a full collection at every chunk, generated lists):",
    "",
    "| | Tickets | File | Live heap growth, peak |",
    "|---|---|---|---|",
    ...heap.streamed.map(
      (row) =>
        `| streamed | ${row.tickets.toLocaleString("en-US")} | ${row.fileMB} MB | ${row.liveGrowthMB} MB |`,
    ),
    `| held as objects (for comparison) | ${heap.held.tickets.toLocaleString("en-US")} | — | ${heap.held.asObjectsMB} MB |`,
    `| held as objects and the finished CSV (for comparison) | ${heap.held.tickets.toLocaleString("en-US")} | — | ${heap.held.withTextMB} MB |`,
  ].join("\n");
}

function disconnectLine(figure: DisconnectFigure): string {
  return `A download dropped after its first chunk (Atlas): ${figure.pagesReadBefore} Moov page(s) read before, ${figure.pagesAskedAfter} asked for after; the app used ${figure.appCpuMsInNext2s} ms of CPU in the 2 s after.`;
}

export function exportTable(figures: ExportFigure[], rounds: number): string {
  const lines = [
    `CSV export through the running app (p50 of ${rounds} rounds; RSS growth = the app's peak resident memory above its level before, the largest of the rounds, garbage not yet collected included: an upper bound, see the live heap below):`,
    "",
    "| Export | Rows | File | Whole file | First byte | Rows/s | App RSS before | RSS growth |",
    "|---|---|---|---|---|---|---|---|",
    ...figures.map(
      (figure) =>
        `| ${figure.label} | ${figure.rows.toLocaleString("en-US")} | ${figure.fileMB} MB | ${figure.totalMs} ms | ${figure.firstByteMs} ms | ${figure.rowsPerSecond.toLocaleString("en-US")} | ${figure.rssBeforeMB} MB | ${figure.rssGrowthMB} MB |`,
    ),
  ];
  return lines.join("\n");
}

export async function runExportBench(config: BenchConfig, paths: RunPaths): Promise<number> {
  step("builds");
  buildKeepingTsconfig(config.distDir);
  step("export: emulator (large seed) and the app");
  const emulator = await startEmulatorProcess({
    port: config.ports.emulator,
    db: ":memory:",
    seed: "large",
    rateLimit: 0,
    logFile: path.join(paths.logDir, "emulator.log"),
  });
  const admin = new EmulatorAPI(emulator.url);
  if (config.upstreamLatencyMs > 0) await admin.addUpstreamLatency(config.upstreamLatencyMs);
  const usersFile = path.join(paths.scratch, "users.json");
  const [atlasUser, partnerUser] = await writeUsersFile(usersFile, [people.atlas, people.partner]);
  if (!atlasUser || !partnerUser) throw new Error("users file incomplete");
  const app = await startBenchApp(config, paths, { emulator, usersFile, instance: "export" });
  const pid = app.managed.child.pid;
  if (pid === undefined) throw new Error("the app has no PID");
  const agent = keepAliveAgent();
  const sessions = {
    atlas: await signIn(app.url, atlasUser.email, atlasUser.password, agent),
    partner: await signIn(app.url, partnerUser.email, partnerUser.password, agent),
  };
  agent.destroy();

  const summit = (await admin.seedInfo()).find((account) => account.accountID === summitID);
  const book = [summitID, ...(summit?.connectedAccountIDs ?? [])];
  const scenarios: Scenario[] = [
    {
      label: "Atlas Outfitters, every ticket (one account)",
      who: "atlas",
      path: `/api/accounts/${atlasID}/tickets/export?status=all`,
      expectedRows: await ticketsOf(emulator.url, [atlasID]),
    },
    {
      label: `Summit's whole book, every ticket (${book.length} accounts merged)`,
      who: "partner",
      path: "/api/tickets/export?status=all",
      expectedRows: await ticketsOf(emulator.url, book),
    },
  ];
  const rounds = config.quick ? 2 : 3;
  // A first export of each warms the tokens, the directory and the code paths.
  for (const scenario of scenarios) {
    await readExport(`${app.url}${scenario.path}`, sessions[scenario.who].jar, pid);
  }
  const reads = new Map<Scenario, ExportRead[]>(scenarios.map((scenario) => [scenario, []]));
  for (let index = 0; index < rounds; index++) {
    for (const scenario of scenarios) {
      step(`export: ${scenario.label}, round ${index + 1} of ${rounds}`);
      reads
        .get(scenario)
        ?.push(await readExport(`${app.url}${scenario.path}`, sessions[scenario.who].jar, pid));
    }
  }
  const figures = scenarios.map((scenario) => figureOf(scenario, reads.get(scenario) ?? []));
  step("export: a download dropped after its first chunk");
  const disconnect = await disconnectCheck(
    `${app.url}/api/accounts/${atlasID}/tickets/export?status=all`,
    `/accounts/${atlasID}/tickets`,
    sessions.atlas.jar,
    pid,
    admin,
  );
  step("export: the pipeline's live heap, in a process of its own");
  const heap = measurePipelineHeap();
  const info = machine();
  const markdown = [
    exportTable(figures, rounds),
    disconnectLine(disconnect),
    heapTable(heap),
    `Machine: ${machineLine(info)}${
      config.upstreamLatencyMs ? `; every Moov call delayed by ${config.upstreamLatencyMs} ms` : ""
    }.`,
  ].join("\n\n");
  console.log(`\n${markdown}\n`);
  const json = JSON.stringify({ config, info, figures, disconnect, heap, markdown }, null, 2);
  writeFileSync(path.join(paths.resultsDir, `export-${paths.stamp}.json`), json);
  writeFileSync(path.join(paths.resultsDir, "export-latest.json"), json);
  return 0;
}
