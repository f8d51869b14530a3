/**
 * One row per measured scenario: at concurrency 1 its p50/p95 (a page's
 * TTFB, an SDK call's whole call) beside the whole response, and at
 * concurrency 10 its throughput and timings, each the median over the rounds.
 */
import type { Collected, Load } from "../measure";
import { median, type Summary, summarize } from "../stats";
import { labels } from "./build-scenarios";
import { p50 } from "./per-round";

export type LatencyRow = Summary & {
  name: string;
  label: string;
  full: Summary;
  roundMedians: number[];
};

export type LoadRow = {
  name: string;
  label: string;
  rps: number;
  ttfbP50: number;
  ttfbP95: number;
  wholeP50: number;
  requests: number;
};

export function latencyRowsFrom(latency: Map<string, Collected>): LatencyRow[] {
  return [...latency].map(([name, entry]) => {
    const isPage = (name.startsWith("app.") || name.startsWith("bare.")) && name !== "app.close";
    const timing = isPage ? "ttfbMs" : "ms";
    return {
      name,
      label: labels[name] ?? name,
      ...summarize(entry.samples.map((sample) => sample[timing])),
      full: summarize(entry.samples.map((sample) => sample.ms)),
      roundMedians: entry.rounds.map((samples) => p50(samples.map((sample) => sample[timing]))),
    };
  });
}

export function loadRowsFrom(loads: Map<string, Load[]>): LoadRow[] {
  return [...loads].map(([name, runs]) => ({
    name,
    label: labels[name] ?? name,
    rps: median(runs.map((run) => run.rps)),
    ttfbP50: median(runs.map((run) => run.ttfb.p50)),
    ttfbP95: median(runs.map((run) => run.ttfb.p95)),
    wholeP50: median(runs.map((run) => run.whole.p50)),
    requests: runs.reduce((sum, run) => sum + run.requests, 0),
  }));
}

/** Every failed request, named by its scenario. */
export function failuresOf(latency: Map<string, Collected>, loads: Map<string, Load[]>): string[] {
  const failures = [...latency].flatMap(([name, entry]) =>
    entry.failures.map((note) => `${name}: ${note}`),
  );
  for (const [name, runs] of loads)
    failures.push(...runs.flatMap((run) => run.failures.map((note) => `${name} (load): ${note}`)));
  return failures;
}
