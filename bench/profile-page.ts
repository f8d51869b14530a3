/**
 * `npm run bench:profile -- [--path queue|ticket|api|new] [--requests N] [--cpu-prof]
 *   [--upstream-latency-ms N] [--dist DIR]`
 *
 * Where a page's time goes: starts the emulator (large seed) and the built
 * app, signs in Atlas's agent, reads one page N times one after another, and
 * prints TTFB and total p50/p95. With --cpu-prof the app runs under Node's
 * CPU profiler, and its time is printed per source file (through the build's
 * source maps) in the measured requests alone, and the main thread's CPU in
 * them; the .cpuprofile is
 * kept for Chrome DevTools. A tool for looking, not a goal:
 * `npm run bench` is where goals are judged.
 */
import { mkdirSync, mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { startAtlasStack } from "./lib/atlas-stack";
import { benchDistDir, buildKeepingTsconfig } from "./lib/build";
import { cpuInWindow, readCpuProfile, timeBySourceFile } from "./lib/cpu-profile";
import { EmulatorAPI } from "./lib/emulator-api";
import { keepAliveAgent } from "./lib/http";
import { type PageReads, readPageRepeatedly } from "./lib/page-reads";
import { exitCleanlyOnSignals, stopAll } from "./lib/processes";
import { atlasID, atlasTicketsBelowFirstPage } from "./lib/setup";
import type { Running } from "./lib/stack";

const { values: flags } = parseArgs({
  options: {
    path: { type: "string", default: "queue" },
    requests: { type: "string", default: "300" },
    "cpu-prof": { type: "boolean" },
    dist: { type: "string", default: benchDistDir },
    "upstream-latency-ms": { type: "string", default: "0" },
  },
  strict: true,
});
const requests = Number(flags.requests);
const upstreamLatencyMs = Number(flags["upstream-latency-ms"]);
if (!Number.isInteger(requests) || requests < 1) throw new Error("--requests takes a whole number");
const warmupRequests = 20;

const agent = keepAliveAgent();

async function targetPath(emulator: Running): Promise<string> {
  const [ticket] = await atlasTicketsBelowFirstPage(new EmulatorAPI(emulator.url));
  const paths: Record<string, string> = {
    queue: `/accounts/${atlasID}/tickets`,
    ticket: `/accounts/${atlasID}/tickets/${ticket?.ticketID}`,
    api: `/api/accounts/${atlasID}/tickets`,
    // The frame alone: the layout, header and a form, with no Moov read of its own.
    new: `/accounts/${atlasID}/tickets/new`,
  };
  const target = paths[flags.path];
  if (!target) throw new Error(`--path takes one of ${Object.keys(paths).join(", ")}`);
  return target;
}

function printTimings(target: string, reads: PageReads): void {
  console.log(`${target}: ${requests} requests, ${(reads.bytes / 1024).toFixed(1)} KB each`);
  console.log(`  TTFB  p50 ${reads.ttfb.p50.toFixed(1)} ms  p95 ${reads.ttfb.p95.toFixed(1)} ms`);
  console.log(`  total p50 ${reads.total.p50.toFixed(1)} ms  p95 ${reads.total.p95.toFixed(1)} ms`);
  const cpu = reads.processCpuMs / requests;
  console.log(`  server process CPU (all threads, /proc) ${cpu.toFixed(2)} ms per request`);
}

/** Per source file over the measured requests only (not start-up, sign-in or warm-up). */
function printCPU(profileDir: string, reads: PageReads): void {
  const { file, profile } = readCpuProfile(profileDir);
  const measured = cpuInWindow(profile, reads.window);
  console.log(
    `\nCPU in the ${requests} measured requests (main thread): ${(measured.cpuMs / requests).toFixed(2)} ms per request, ` +
      `${(measured.gcMs / requests).toFixed(2)} of it garbage collection`,
  );
  const { self, inclusive } = timeBySourceFile(profile, 40, reads.window);
  const perRequest = (ms: number) => (ms / requests).toFixed(2).padStart(7);
  console.log(`\nCPU by source file, ms per request (${file}):`);
  console.log("  self:");
  for (const [name, ms] of self) console.log(`  ${perRequest(ms)}  ${name}`);
  console.log("  inclusive (the file anywhere on the stack):");
  for (const [name, ms] of inclusive) console.log(`  ${perRequest(ms)}  ${name}`);
}

async function main(): Promise<void> {
  exitCleanlyOnSignals();
  const scratch = mkdtempSync(path.join(os.tmpdir(), "support-desk-profile-"));
  const profileDir = path.join(scratch, "cpu");
  mkdirSync(profileDir);
  buildKeepingTsconfig(flags.dist);
  const { emulator, app, session } = await startAtlasStack({
    scratch,
    ports: { emulator: 4451, app: 3451 },
    distDir: flags.dist,
    agent,
    upstreamLatencyMs,
    nodeArgs: flags["cpu-prof"] ? ["--cpu-prof", `--cpu-prof-dir=${profileDir}`] : undefined,
  });
  const target = await targetPath(emulator);
  const reads = await readPageRepeatedly(() => `${app.url}${target}`, {
    requests,
    warmup: warmupRequests,
    jar: session.jar,
    agent,
    pid: app.managed.child.pid,
  });
  printTimings(target, reads);
  await stopAll();
  if (flags["cpu-prof"]) printCPU(profileDir, reads);
}

main().catch(async (error: unknown) => {
  console.error(error);
  await stopAll();
  process.exit(1);
});
