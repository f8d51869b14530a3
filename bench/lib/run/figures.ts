/**
 * Everything a run measured, reduced to the figures the goals, the tables and
 * the JSON file read: rows per scenario, the ratios goals are judged on, the
 * browser's and Lighthouse's medians, and the server's CPU per page.
 */
import type { Scores } from "../lighthouse";
import type { Collected, Load } from "../measure";
import { median, summarize } from "../stats";
import type { BrowserPage } from "./browser-pages";
import type { BrowserFigures } from "./measure-browser";
import type { LighthouseRuns } from "./measure-lighthouse";
import type { ServerCPU } from "./measure-server-cpu";
import { pageCostAtConcurrency1, pageCostUnderLoad, pageOverUpstream } from "./page-cost";
import { perRound } from "./per-round";
import { failuresOf, latencyRowsFrom, loadRowsFrom } from "./request-rows";

export type Measured = {
  latency: Map<string, Collected>;
  loads: Map<string, Load[]>;
  browser: BrowserFigures;
  lighthouse: LighthouseRuns;
  serverCPU: ServerCPU;
};

export type Figures = ReturnType<typeof figuresFrom>;

export function figuresFrom(measured: Measured, pages: BrowserPage[]) {
  const { latency, loads, serverCPU } = measured;
  const loadRows = loadRowsFrom(loads);
  const failures = failuresOf(latency, loads);
  if (serverCPU.failure) failures.push(serverCPU.failure);
  return {
    latencyRows: latencyRowsFrom(latency),
    loadRows,
    pageCost: {
      concurrency1: pageCostAtConcurrency1(latency),
      concurrency10: pageCostUnderLoad(loadRows),
    },
    pageOverUpstream: pageOverUpstream(latency),
    ratios: ratiosFrom(latency),
    close: {
      appP50: median(perRound(latency, (p50Of) => p50Of("app.close"))),
      patchP50: median(perRound(latency, (p50Of) => p50Of("upstream.close"))),
    },
    ...closeFiguresFrom(measured.browser),
    ...pageLoadFiguresFrom(pages, measured.browser, measured.lighthouse),
    serverCPU,
    failures,
  };
}

/** Per round, for the goals that compare two of the app's own answers (TTFB) and the close. */
function ratiosFrom(latency: Map<string, Collected>) {
  return {
    scaleRatios: perRound(
      latency,
      (p50Of) => p50Of("app.queue.atlas", "ttfbMs") / p50Of("app.queue.small", "ttfbMs"),
    ),
    switcherRatios: perRound(
      latency,
      (p50Of) => p50Of("app.queue.atlas.partner", "ttfbMs") / p50Of("app.queue.atlas", "ttfbMs"),
    ),
    /** the action's answer ÷ its allowance of 1.5 × the direct PATCH + 20 ms */
    closeRatios: perRound(
      latency,
      (p50Of) => p50Of("app.close") / (1.5 * p50Of("upstream.close") + 20),
    ),
  };
}

function closeFiguresFrom({ closeTimings }: BrowserFigures) {
  return {
    closeInBrowser: {
      badge: summarize(closeTimings.map((timing) => timing.badgeMs)),
      painted: summarize(closeTimings.map((timing) => timing.paintedMs)),
      answer: summarize(closeTimings.map((timing) => timing.answerMs)),
    },
    closeTimings,
  };
}

export type PageLoad = ReturnType<typeof pageLoadFiguresFrom>;

/**
 * First-load JavaScript beyond the bare page and Lighthouse's medians, for
 * the pages the run measured (all of them, or the overviews alone).
 */
export function pageLoadFiguresFrom(
  pages: BrowserPage[],
  { firstLoad }: BrowserFigures,
  lighthouse: LighthouseRuns,
) {
  const beyond: Partial<Record<BrowserPage, number>> = {};
  const medians: Partial<Record<BrowserPage, LighthouseMedians>> = {};
  for (const page of pages) {
    beyond[page] = (firstLoad[page]?.gzipBytes ?? Number.NaN) - firstLoad.bare.gzipBytes;
    medians[page] = lighthouseMedians(lighthouse[page] ?? []);
  }
  return {
    browserPages: pages,
    firstLoad,
    beyond,
    lighthouse: medians,
    lighthouseRuns: lighthouse,
  };
}

export type LighthouseMedians = Record<"performance" | "accessibility" | "bestPractices", number>;

/** NaN (the median of nothing) when a page has no run, so its goals show it unmeasured. */
function lighthouseMedians(runs: Scores[]): LighthouseMedians {
  return {
    performance: median(runs.map((run) => run.performance)),
    accessibility: median(runs.map((run) => run.accessibility)),
    bestPractices: median(runs.map((run) => run.bestPractices)),
  };
}
