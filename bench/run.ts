/**
 * `npm run bench`: how much Support Desk adds on top of Moov, side by side in
 * one run against the emulator's `large` seed. Builds if needed, starts the
 * emulator and the built app, measures, prints Markdown tables with each goal
 * met or not, and writes the figures to bench/results/. A figure, not a test:
 * it exits 0 whenever it could measure, and 1 only when it could not.
 *
 *   npm run bench                 full run (~5–8 min on 2 cores, build included)
 *   npm run bench -- --quick      fewer rounds and one Lighthouse run per page (a smoke run)
 *   npm run bench -- --upstream-latency-ms 50   every Moov call delayed, as over a real network
 *   npm run bench -- --only fan-out               only the partner's whole book (200 accounts, issue #15)
 *   npm run bench -- --only export                only the CSV export (10,000 tickets and the whole book, issue #17)
 *   npm run bench -- --only overview              only the overviews' first-load JS and Lighthouse (issue #17, a few minutes)
 *   npm run bench -- --port-offset 300 --dist-dir .next-bench-x   beside another run on this machine
 *
 * The steps live in bench/lib/run/, one file each.
 */
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { ensureBareApp } from "./lib/bare-app";
import { buildKeepingTsconfig } from "./lib/build";
import { runExportBench } from "./lib/export/run-export";
import { type FanOutMeasured, measureFanOut } from "./lib/fan-out/measure-fan-out";
import { keepAliveAgent } from "./lib/http";
import { exitCleanlyOnSignals, stopAll } from "./lib/processes";
import { goalsTable, machine, machineLine } from "./lib/report";
import { pagesOf, visitsOf } from "./lib/run/browser-pages";
import { buildScenarios } from "./lib/run/build-scenarios";
import { type BenchConfig, benchConfig, type RunPaths, runPaths, step } from "./lib/run/config";
import { fanOutFiguresFrom } from "./lib/run/fan-out-figures";
import { figuresFrom, type Measured, pageLoadFiguresFrom } from "./lib/run/figures";
import { fanOutGoals, goalsFrom, pageLoadGoals } from "./lib/run/goals";
import { type BrowserFigures, measureBrowser } from "./lib/run/measure-browser";
import { type LighthouseRuns, measureLighthouse } from "./lib/run/measure-lighthouse";
import { measureLatency, measureThroughput } from "./lib/run/measure-requests";
import { measureServerCPU } from "./lib/run/measure-server-cpu";
import { signInPeople, startStack } from "./lib/run/start-stack";
import { fanOutTable, pageLoadTable, tablesFrom } from "./lib/run/tables";
import { writeResults } from "./lib/run/write-results";

type RunMeasured = { pages?: Measured; overview?: PageLoadMeasured; fanOut?: FanOutMeasured };
type PageLoadMeasured = { browser: BrowserFigures; lighthouse: LighthouseRuns };

async function measure(config: BenchConfig, paths: RunPaths): Promise<RunMeasured> {
  step("builds");
  buildKeepingTsconfig(config.distDir);
  if (config.onlyOverview) return { overview: await measureOverviews(config, paths) };
  const pages = config.onlyFanOut ? undefined : await measurePages(config, paths);
  step("fan-out: the partner's whole book, on its own emulator (rate limit on) and app");
  const fanOut = await measureFanOut(config, paths);
  return { pages, fanOut };
}

/** The emulator, the app and the bare page, with the bench's people signed in. */
async function startSignedIn(config: BenchConfig, paths: RunPaths) {
  step("emulator (large seed) and the app");
  const stack = await startStack(config, paths, ensureBareApp());
  const agent = keepAliveAgent();
  const people = await signInPeople(stack.app.url, stack.users, agent);
  return { stack, agent, people };
}

async function measurePages(config: BenchConfig, paths: RunPaths): Promise<Measured> {
  const { stack, agent, people } = await startSignedIn(config, paths);
  const { scenarios, pages, browserCloses } = await buildScenarios(config, stack, people, agent);
  const visits = visitsOf(config.browserPages, pages, people);

  const latency = await measureLatency(config, scenarios);
  const loads = await measureThroughput(config, scenarios);
  const browser = await measureBrowser(pages, visits, {
    atlas: people.atlas,
    tickets: browserCloses,
  });
  const lighthouse = await measureLighthouse(config, paths, visits);
  agent.destroy();
  const serverCPU = await measureServerCPU(config, paths, stack, pages);
  await stopAll();
  return { latency, loads, browser, lighthouse, serverCPU };
}

/** `--only overview`: the full run's stack, people, first-load and Lighthouse steps, for the overviews alone. */
async function measureOverviews(config: BenchConfig, paths: RunPaths): Promise<PageLoadMeasured> {
  const { stack, agent, people } = await startSignedIn(config, paths);
  agent.destroy();
  const pages = pagesOf(stack.app.url, stack.bare.url, []);
  const visits = visitsOf(config.browserPages, pages, people);

  const browser = await measureBrowser(pages, visits, { atlas: people.atlas, tickets: [] });
  const lighthouse = await measureLighthouse(config, paths, visits);
  await stopAll();
  return { browser, lighthouse };
}

/** Prints the tables, writes the JSON; exit 1 only when a figure could not be measured. */
function report(config: BenchConfig, paths: RunPaths, measured: RunMeasured): number {
  const info = machine();
  const figures = measured.pages && figuresFrom(measured.pages, config.browserPages);
  const overview =
    measured.overview &&
    pageLoadFiguresFrom(
      config.browserPages,
      measured.overview.browser,
      measured.overview.lighthouse,
    );
  const fanOut = measured.fanOut && fanOutFiguresFrom(measured.fanOut);
  const goals = [
    ...(figures ? goalsFrom(figures, config) : []),
    ...(overview ? pageLoadGoals(overview) : []),
    ...(fanOut ? fanOutGoals(fanOut, config.upstreamLatencyMs) : []),
  ];
  const markdown = [
    figures && tablesFrom(figures, config, info),
    overview && pageLoadTable(overview, config, info),
    !figures && !overview && `Machine: ${machineLine(info)}.`,
    fanOut && fanOutTable(fanOut, config),
    goalsTable(goals),
  ]
    .filter((part) => typeof part === "string")
    .join("\n\n");
  console.log(`\n${markdown}\n`);
  const failures = [...(figures?.failures ?? []), ...(fanOut?.failures ?? [])];
  if (failures.length > 0) {
    console.log(`Failed requests (${failures.length}):\n  ${failures.slice(0, 20).join("\n  ")}`);
  }
  writeResults(paths, { config, info, figures, overview, fanOut, goals, markdown });
  const unmeasured = failures.length > 0 || goals.some((goal) => !Number.isFinite(goal.value));
  if (unmeasured) console.log("Some figures could not be measured (see above): exit 1.");
  return unmeasured ? 1 : 0;
}

async function main(): Promise<number> {
  const config = benchConfig();
  const paths = runPaths(mkdtempSync(path.join(os.tmpdir(), "support-desk-bench-")));
  mkdirSync(paths.logDir, { recursive: true });
  exitCleanlyOnSignals();
  try {
    if (config.onlyExport) return await runExportBench(config, paths);
    return report(config, paths, await measure(config, paths));
  } finally {
    await stopAll();
    rmSync(paths.scratch, { recursive: true, force: true });
  }
}

main()
  .then((code) => process.exit(code))
  .catch(async (error: unknown) => {
    console.error(`bench: could not measure: ${error instanceof Error ? error.stack : error}`);
    await stopAll();
    process.exit(1);
  });
