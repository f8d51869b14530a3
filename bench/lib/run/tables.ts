/**
 * The run's Markdown, as printed and pasted into the README: the machine and
 * settings, requests at concurrency 1 and 10, the browser's figures, the
 * server's CPU per page, and the partner's whole book (fan-out); run.ts
 * adds the goals.
 */
import type { FirstLoad } from "../browser";
import { kb, type Machine, machineLine, ms, table } from "../report";
import { browserPageLabels } from "./browser-pages";
import type { BenchConfig } from "./config";
import type { FanOutFigures } from "./fan-out-figures";
import type { Figures, PageLoad } from "./figures";

const stackLine = (config: BenchConfig) =>
  `Emulator \`--seed large\` (in memory, rate limit off, upstream latency added: ${config.upstreamLatencyMs} ms), app \`next start\` from ${config.distDir}`;

export function tablesFrom(figures: Figures, config: BenchConfig, info: Machine): string {
  return [
    `Machine: ${machineLine(info)}. ${stackLine(config)}; ` +
      `${config.rounds} rounds × ${config.samplesPerRound} samples per figure, scenarios interleaved; goal ratios are the median of the per-round ratios.`,
    "",
    latencyTable(figures),
    "",
    loadTable(figures, config),
    "",
    browserTable(figures),
    "",
    serverCPUTable(figures),
  ].join("\n");
}

// Pages stream: the first byte carries the header and skeleton, the tickets follow.
// The whole response's time is printed beside the TTFB, so neither hides the other.
function latencyTable({ latencyRows }: Figures): string {
  return table(
    ["Measure (concurrency 1)", "p50 ms", "p95 ms", "whole response p50 ms", "n"],
    latencyRows.map((row) => [row.label, ms(row.p50), ms(row.p95), ms(row.full.p50), row.n]),
  );
}

function loadTable({ loadRows }: Figures, config: BenchConfig): string {
  return table(
    [
      `Concurrency ${config.concurrency}`,
      "req/s",
      "TTFB p50 ms",
      "TTFB p95 ms",
      "whole response p50 ms",
      "requests",
    ],
    loadRows.map((row) => [
      row.label,
      row.rps.toFixed(0),
      ms(row.ttfbP50),
      ms(row.ttfbP95),
      ms(row.wholeP50),
      row.requests,
    ]),
  );
}

function browserTable(figures: Figures): string {
  const { closeInBrowser: close } = figures;
  const { firstLoad, lighthouse } = pageLoadRows(figures);
  return table(
    ["Browser", "Figure"],
    [
      ...firstLoad,
      [
        "Click on Close → badge closed in the DOM, p50 / p95",
        `${ms(close.badge.p50)} / ${ms(close.badge.p95)} ms`,
      ],
      [
        "Click on Close → badge closed painted, p50 / p95",
        `${ms(close.painted.p50)} / ${ms(close.painted.p95)} ms`,
      ],
      [
        "Click on Close → server's answer, p50 / p95",
        `${ms(close.answer.p50)} / ${ms(close.answer.p95)} ms`,
      ],
      ...lighthouse,
    ],
  );
}

/** The first-load and Lighthouse rows of the pages the run measured, the bare page first. */
function pageLoadRows({ browserPages, firstLoad, lighthouse: lh }: PageLoad) {
  const scripts = (load: FirstLoad | undefined) =>
    load ? `${kb(load.gzipBytes)} KB gzip (${load.files} files)` : "–";
  const score = (value: number | undefined) => (Number.isFinite(value) ? String(value) : "–");
  return {
    firstLoad: [
      ["First-load JS, bare Next.js page + QueryClientProvider", scripts(firstLoad.bare)],
      ...browserPages.map((page) => [
        `First-load JS, ${browserPageLabels[page]}`,
        scripts(firstLoad[page]),
      ]),
    ],
    lighthouse: browserPages.map((page) => [
      `Lighthouse ${browserPageLabels[page]} (perf / a11y / best practices)`,
      [lh[page]?.performance, lh[page]?.accessibility, lh[page]?.bestPractices]
        .map(score)
        .join(" / "),
    ]),
  };
}

/** `--only overview`: the machine, then the overviews' first-load JS and Lighthouse. */
export function pageLoadTable(pageLoad: PageLoad, config: BenchConfig, info: Machine): string {
  const { firstLoad, lighthouse } = pageLoadRows(pageLoad);
  return [
    `Machine: ${machineLine(info)}. ${stackLine(config)}; ` +
      `${config.lighthouseRuns} Lighthouse run(s) per page, the median shown.`,
    "",
    table(["Browser", "Figure"], [...firstLoad, ...lighthouse]),
  ].join("\n");
}

const cpuMs = (value: number) => (Number.isFinite(value) ? value.toFixed(2) : "–");

/**
 * A figure, not a goal: the three pages side by side, under the same
 * profiler. The profile counts the main thread busy even while it waits for
 * a core; /proc counts CPU time only, so on a busy machine the two differ.
 */
function serverCPUTable({ serverCPU }: Figures): string {
  const pages = [serverCPU.queue, serverCPU.ticket, serverCPU.bare];
  return table(
    [
      `Server CPU per request (under --cpu-prof, ${serverCPU.queue.requests} reads each)`,
      "Queue page",
      "Ticket page",
      "Bare page",
    ],
    [
      ["Main thread busy, ms (CPU profile)", ...pages.map((page) => cpuMs(page.cpuMsPerRequest))],
      ["  of which garbage collection, ms", ...pages.map((page) => cpuMs(page.gcMsPerRequest))],
      [
        "Process CPU, all threads, ms (/proc)",
        ...pages.map((page) => cpuMs(page.processCpuMsPerRequest)),
      ],
      ["Whole response p50 ms, under the profiler", ...pages.map((page) => ms(page.wholeP50Ms))],
    ],
  );
}

const p50p95 = (summary: { p50: number; p95: number }) => `${ms(summary.p50)} / ${ms(summary.p95)}`;

/** The partner's whole book: the views side by side with their baselines and the calls they made. */
export function fanOutTable(fanOut: FanOutFigures, config: BenchConfig): string {
  const { firstEver, cold, warm, browser } = fanOut;
  const calls = (c: FanOutFigures["firstEver"]["calls"]) =>
    `${c.total} (list ${c.list}, token ${c.token}, directory ${c.directory}, other ${c.other}); duplicates ${c.duplicates}; 429s ${c.tooManyRequests}`;
  const coldCalls = cold.views.map((view) => view.calls.total).join(", ");
  return [
    `Fan-out: Summit Payments' merged queue (\`GET /api/tickets?status=open&sort=newest\`), ${fanOut.accounts} accounts, ` +
      `concurrency ${fanOut.concurrency} (the app's default), emulator rate limit ${fanOut.rateLimitPerSecond}/s per caller and account, ` +
      `upstream latency ${config.upstreamLatencyMs} ms; list cache max age shortened to ${fanOut.cacheMaxAgeSeconds} s so each round starts cold. ` +
      `Goals use the cold views with tokens held; the first-ever view (a token minted per account) is shown apart.`,
    "",
    table(
      ["Fan-out measure", "p50 / p95 ms", "n", "Moov calls"],
      [
        [
          "One list call (SDK, one account, its own token)",
          p50p95(fanOut.listCall),
          fanOut.listCall.n,
          "1",
        ],
        [
          "Single-account queue page, whole response (partner)",
          p50p95(fanOut.singleQueue),
          fanOut.singleQueue.n,
          "–",
        ],
        ["First-ever view: `start` line (accounts named)", ms(firstEver.startMs), 1, "–"],
        [
          "First-ever view: first rows (HTTP)",
          ms(firstEver.firstRowsMs),
          1,
          calls(firstEver.calls),
        ],
        [
          "First-ever view: complete list",
          ms(firstEver.endMs),
          1,
          `bound ${fanOut.bounds.firstEverCalls} (lists + one token per account)`,
        ],
        [
          "Cold view, tokens held: `start` line (accounts named)",
          p50p95(cold.start),
          cold.start.n,
          "–",
        ],
        [
          "Cold view, tokens held: first rows (HTTP)",
          p50p95(cold.firstRows),
          cold.firstRows.n,
          `per view, directory reads included: ${coldCalls}`,
        ],
        [
          "Cold view, tokens held: complete list",
          p50p95(cold.complete),
          cold.complete.n,
          `needed: ${fanOut.neededListCalls} list pages (${fanOut.needs})`,
        ],
        [
          "Second view (cache), whole response",
          p50p95(warm.whole),
          warm.whole.n,
          `${warm.listCalls} list calls in all`,
        ],
        [
          "Browser, cold: first row painted from its GET /api/tickets",
          p50p95(browser.paintedFromRequest),
          browser.paintedFromRequest.n,
          "–",
        ],
        [
          "Browser, cold: first row painted from navigation start",
          p50p95(browser.paintedFromNavigation),
          browser.paintedFromNavigation.n,
          "–",
        ],
        [
          "Browser, cold: its GET /api/tickets, start to last byte",
          p50p95(browser.requestWhole),
          browser.requestWhole.n,
          "–",
        ],
      ],
    ),
  ].join("\n");
}
