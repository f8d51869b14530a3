/**
 * The bench's goals, each judged on one figure: what a page costs beyond the
 * bare page and its upstream calls, whether upstream latency hides the app,
 * the close, scale and switcher ratios, first-load JavaScript, Lighthouse and
 * click → closed badge.
 */
import { type Goal, kb, ms, ratio } from "../report";
import { median } from "../stats";
import type { BenchConfig } from "./config";
import type { Figures } from "./figures";
import type { Page, PageCost, PageOverUpstream } from "./page-cost";

const spread = (values: number[]) =>
  `rounds ${ratio(Math.min(...values))}–${ratio(Math.max(...values))}`;

const upstreamOf: Record<Page, string> = {
  queue: "list call",
  ticket: "slower of get and messages",
};
const pageName: Record<Page, string> = { queue: "Queue page", ticket: "Ticket page" };

/** The latency goals need a Moov that is not on loopback; without it they are shown, not judged. */
const upstreamLatencyHint = "run with --upstream-latency-ms 50";

export function goalsFrom(figures: Figures, config: BenchConfig): Goal[] {
  const pages: Page[] = ["queue", "ticket"];
  return [
    ...pages.flatMap((page) => [
      pageCostGoal(page, figures.pageCost.concurrency1[page], 1),
      pageCostGoal(page, figures.pageCost.concurrency10[page], config.concurrency),
    ]),
    ...pages.map((page) =>
      upstreamLatencyGoal(page, figures.pageOverUpstream[page], config.upstreamLatencyMs),
    ),
    ...requestGoals(figures),
    ...browserGoals(figures),
  ];
}

function pageCostGoal(page: Page, cost: PageCost, concurrency: number): Goal {
  const parts = `${ms(cost.pageMs)} ms vs bare ${ms(cost.bareMs)} + ${ms(cost.upstreamMs)} ms`;
  return {
    value: cost.ratio,
    goal: `${pageName[page]} whole response p50 ≤ 1.5 × (bare page + ${upstreamOf[page]}) (concurrency ${concurrency})`,
    figure: `${ratio(cost.ratio)} (${parts}${cost.rounds ? `; ${spread(cost.rounds)}` : ""})`,
    bound: "≤ 1.5×",
    met: cost.ratio <= 1.5,
  };
}

function upstreamLatencyGoal(page: Page, over: PageOverUpstream, latencyMs: number): Goal {
  const judged = latencyMs > 0;
  return {
    value: over.ratio,
    goal: `${pageName[page]} whole response p50 ≤ 1.1 × ${upstreamOf[page]} (${judged ? `upstream latency ${latencyMs} ms` : "with upstream latency"})`,
    figure: `${ratio(over.ratio)} (${ms(over.pageMs)} ms vs ${ms(over.upstreamMs)} ms; ${spread(over.rounds)})`,
    bound: "≤ 1.1×",
    met: judged ? over.ratio <= 1.1 : null,
    notEvaluated: judged ? undefined : upstreamLatencyHint,
  };
}

function requestGoals(figures: Figures): Goal[] {
  const { closeRatios, scaleRatios, switcherRatios } = figures.ratios;
  const { appP50, patchP50 } = figures.close;
  return [
    {
      value: median(closeRatios),
      goal: "Close via action ≤ 1.5 × direct PATCH + 20 ms",
      figure: `${ms(appP50)} ms vs PATCH ${ms(patchP50)} ms (${ratio(median(closeRatios))} of the allowance)`,
      bound: `≤ ${ms(1.5 * patchP50 + 20)} ms`,
      met: median(closeRatios) <= 1,
    },
    {
      value: median(scaleRatios),
      goal: "Queue TTFB, 10,000-ticket account / 100-ticket account",
      figure: `${ratio(median(scaleRatios))} (${spread(scaleRatios)})`,
      bound: "≤ 1.2×",
      met: median(scaleRatios) <= 1.2,
    },
    {
      value: median(switcherRatios),
      goal: "Queue TTFB, partner with 200 accounts in the switcher / account agent (same bound)",
      figure: `${ratio(median(switcherRatios))} (${spread(switcherRatios)})`,
      bound: "≤ 1.2×",
      met: median(switcherRatios) <= 1.2,
    },
  ];
}

function browserGoals(figures: Figures): Goal[] {
  const { beyond, lighthouse: lh, closeInBrowser } = figures;
  return [
    ...(["queue", "ticket"] as const).map((page) => ({
      value: beyond[page],
      goal: `First-load JS beyond the bare page, ${page}`,
      figure: `${kb(beyond[page])} KB gzip`,
      bound: "≤ 80 KB",
      met: beyond[page] <= 80 * 1024,
    })),
    ...(["queue", "ticket"] as const).flatMap((page) => [
      {
        value: lh[page].performance,
        goal: `Lighthouse performance, ${page} page`,
        figure: String(lh[page].performance),
        bound: "≥ 95",
        met: lh[page].performance >= 95,
      },
      {
        value: lh[page].accessibility,
        goal: `Lighthouse accessibility, ${page} page`,
        figure: String(lh[page].accessibility),
        bound: "= 100",
        met: lh[page].accessibility >= 100,
      },
      {
        value: lh[page].bestPractices,
        goal: `Lighthouse best practices, ${page} page`,
        figure: String(lh[page].bestPractices),
        bound: "≥ 95",
        met: lh[page].bestPractices >= 95,
      },
    ]),
    {
      value: closeInBrowser.painted.p50,
      goal: "Click on Close → badge shows closed (painted), p50",
      figure: `${ms(closeInBrowser.painted.p50)} ms (p95 ${ms(closeInBrowser.painted.p95)} ms)`,
      bound: "≤ 100 ms",
      met: closeInBrowser.painted.p50 <= 100,
    },
  ];
}
