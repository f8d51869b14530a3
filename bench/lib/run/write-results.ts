/**
 * The run's JSON under bench/results/ (stamped, and as bench-latest.json):
 * every figure, the goals as judged, the failures and the printed Markdown.
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { root } from "../processes";
import type { Goal, Machine } from "../report";
import type { BenchConfig, RunPaths } from "./config";
import type { FanOutFigures } from "./fan-out-figures";
import type { Figures, PageLoad } from "./figures";

export function writeResults(
  paths: RunPaths,
  report: {
    config: BenchConfig;
    info: Machine;
    /** absent with --only fan-out and --only overview */
    figures?: Figures;
    /** only with --only overview: the overviews' first-load JS and Lighthouse */
    overview?: PageLoad;
    /** absent with --only overview */
    fanOut?: FanOutFigures;
    goals: Goal[];
    markdown: string;
  },
): void {
  const { config, info, figures, overview, fanOut, goals, markdown } = report;
  const pages = figures && {
    latency: figures.latencyRows,
    load: figures.loadRows,
    pageCost: figures.pageCost,
    pageOverUpstream: figures.pageOverUpstream,
    serverCPU: figures.serverCPU,
    browser: {
      firstLoad: figures.firstLoad,
      beyondBare: figures.beyond,
      close: figures.closeInBrowser,
      closeTimings: figures.closeTimings,
    },
    lighthouse: { median: figures.lighthouse, runs: figures.lighthouseRuns },
    ratios: { ...figures.ratios, close: figures.close },
  };
  const json = {
    at: new Date().toISOString(),
    machine: info,
    config,
    ...pages,
    // --only overview: the same keys as the full run's, for the pages it measured
    ...(overview && {
      browser: { firstLoad: overview.firstLoad, beyondBare: overview.beyond },
      lighthouse: { median: overview.lighthouse, runs: overview.lighthouseRuns },
    }),
    fanOut,
    goals,
    failures: [...(figures?.failures ?? []), ...(fanOut?.failures ?? [])],
    markdown,
  };
  const text = `${JSON.stringify(json, null, 2)}\n`;
  const file = path.join(paths.resultsDir, `bench-${paths.stamp}.json`);
  writeFileSync(file, text);
  writeFileSync(path.join(paths.resultsDir, "bench-latest.json"), text);
  console.log(
    `Figures written to ${path.relative(root, file)} (logs in ${path.relative(root, paths.logDir)}/).`,
  );
}
