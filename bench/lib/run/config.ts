/**
 * What one `npm run bench` does, read from its flags: how many rounds and
 * samples, which ports, how much latency every Moov call gets, and where the
 * run's logs and figures go.
 */
import path from "node:path";
import { parseArgs } from "node:util";
import { benchDistDir } from "../build";
import { root } from "../processes";
import { allBrowserPages, overviewPages } from "./browser-pages";

export type BenchConfig = ReturnType<typeof benchConfig>;

export function benchConfig(args: string[] = process.argv.slice(2)) {
  const { values: flags } = parseArgs({
    args,
    options: {
      quick: { type: "boolean" },
      "upstream-latency-ms": { type: "string" },
      /**
       * `fan-out`: only the partner's whole book (issue #15), without the page and browser figures;
       * `export`: only the CSV export (issue #17); `overview`: only the overviews'
       * first-load JavaScript and Lighthouse (issue #17), through the full run's steps.
       */
      only: { type: "string" },
      /** Added to every port, so two runs (or two people) on one machine do not collide. */
      "port-offset": { type: "string" },
      "dist-dir": { type: "string" },
    },
    strict: true,
  });
  const quick = flags.quick ?? false;
  /**
   * The emulator answers in ~2 ms on loopback, where Moov takes tens of ms; the
   * ratio goals then mostly measure the framework's fixed cost. This adds the
   * same delay to every upstream call, the SDK baseline's and the app's alike.
   */
  const upstreamLatencyMs = Number(flags["upstream-latency-ms"] ?? 0);
  if (!Number.isInteger(upstreamLatencyMs) || upstreamLatencyMs < 0) {
    throw new Error("--upstream-latency-ms takes a whole number of milliseconds");
  }
  const only = flags.only;
  if (only !== undefined && only !== "fan-out" && only !== "export" && only !== "overview") {
    throw new Error("--only takes fan-out, export or overview");
  }
  const offset = Number(flags["port-offset"] ?? 0);
  if (!Number.isInteger(offset) || offset < 0 || offset > 20_000) {
    throw new Error("--port-offset takes a whole number from 0 to 20000");
  }
  return {
    distDir: flags["dist-dir"] ?? benchDistDir,
    onlyFanOut: only === "fan-out",
    onlyExport: only === "export",
    onlyOverview: only === "overview",
    /** Whose first-load JavaScript and Lighthouse scores the run measures. */
    browserPages: only === "overview" ? overviewPages : allBrowserPages,
    quick,
    ports: {
      emulator: 4401 + offset,
      app: 3401 + offset,
      bare: 3402 + offset,
      lighthouse: 4499 + offset,
      fanOutEmulator: 4403 + offset,
      fanOutApp: 3403 + offset,
    },
    rounds: quick ? 2 : 5,
    samplesPerRound: quick ? 8 : 20,
    warmup: 3,
    loadRounds: quick ? 1 : 3,
    loadRequests: quick ? 40 : 100,
    concurrency: 10,
    browserCloses: quick ? 3 : 10,
    lighthouseRuns: quick ? 1 : 3,
    /** Reads of each page while the server runs under the CPU profiler (after a warm-up of 20). */
    cpuProfileRequests: quick ? 60 : 200,
    upstreamLatencyMs,
  };
}

export type RunPaths = { resultsDir: string; stamp: string; logDir: string; scratch: string };

export function runPaths(scratch: string): RunPaths {
  const resultsDir = path.join(root, "bench/results");
  const stamp = new Date().toISOString().replace(/[:.]/g, "-");
  return { resultsDir, stamp, logDir: path.join(resultsDir, `logs-${stamp}`), scratch };
}

export const step = (text: string) => console.log(`\n▸ ${text}`);
