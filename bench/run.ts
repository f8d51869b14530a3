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
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { serverActionID, signIn } from "./lib/app-client";
import { ensureBareApp } from "./lib/bare-app";
import { firstLoadJS, launchBrowser, timeCloseInBrowser } from "./lib/browser";
import { benchDistDir, buildKeepingTsconfig } from "./lib/build";
import { EmulatorAPI } from "./lib/emulator-api";
import { CookieJar, keepAliveAgent } from "./lib/http";
import { runLighthouse, type Scores, startLighthouseChromium } from "./lib/lighthouse";
import { type Collected, type Load, type Scenario, sideBySide, underLoad } from "./lib/measure";
import { exitCleanlyOnSignals, root, startProcess, stopAll, waitForHttp } from "./lib/processes";
import { type Goal, goalsTable, kb, machine, machineLine, ms, ratio, table } from "./lib/report";
import {
  appClose,
  appGet,
  ticketSupply,
  upstreamClose,
  upstreamGetAndMessages,
  upstreamList,
} from "./lib/scenarios";
import {
  ATLAS,
  atlasTicketsBelowFirstPage,
  createSmallAccountTickets,
  people,
  SMALL,
  SMALL_TICKETS,
  SUMMIT,
  SUMMIT_KEYS,
} from "./lib/setup";
import { startAppProcess, startEmulatorProcess } from "./lib/stack";
import { median, summarize } from "./lib/stats";
import { moovForAccount } from "./lib/upstream";
import { writeUsersFile } from "./lib/users";

const { values: flags } = parseArgs({
  options: { quick: { type: "boolean" }, "upstream-latency-ms": { type: "string" } },
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
const config = {
  distDir: benchDistDir,
  ports: { emulator: 4401, app: 3401, bare: 3402, lighthouse: 4499 },
  rounds: quick ? 2 : 5,
  samplesPerRound: quick ? 8 : 20,
  warmup: 3,
  loadRounds: quick ? 1 : 3,
  loadRequests: quick ? 40 : 100,
  concurrency: 10,
  browserCloses: quick ? 3 : 10,
  lighthouseRuns: quick ? 1 : 3,
};

const resultsDir = path.join(root, "bench/results");
const stamp = new Date().toISOString().replace(/[:.]/g, "-");
const logDir = path.join(resultsDir, `logs-${stamp}`);
const step = (text: string) => console.log(`\n▸ ${text}`);

const p50 = (samples: number[]) => summarize(samples).p50;

/**
 * Per round, p50 of `top` / p50 of `bottom`; a goal uses the median of these.
 * A page's figure is its TTFB; an SDK call's is the whole call (ttfbMs = ms there).
 */
function roundRatios(
  top: Collected,
  bottom: Collected,
  pick: "ttfbMs" | "ms" = "ttfbMs",
): number[] {
  return top.rounds.map(
    (samples, round) =>
      p50(samples.map((sample) => sample[pick])) /
      p50((bottom.rounds[round] ?? []).map((sample) => sample[pick])),
  );
}

async function main(): Promise<number> {
  mkdirSync(logDir, { recursive: true });
  exitCleanlyOnSignals();
  const scratch = mkdtempSync(path.join(os.tmpdir(), "support-desk-bench-"));

  step("builds");
  buildKeepingTsconfig(config.distDir);
  const bareDir = ensureBareApp();

  step("emulator (large seed) and the app");
  const emulator = await startEmulatorProcess({
    port: config.ports.emulator,
    db: ":memory:",
    seed: "large",
    // The bench itself sends far more than Moov's 40/s; a 429 would measure the limiter, not the app.
    rateLimit: 0,
    logFile: path.join(logDir, "emulator.log"),
  });
  const admin = new EmulatorAPI(emulator.url);
  await createSmallAccountTickets(admin);
  if (upstreamLatencyMs > 0) {
    await admin.addUpstreamLatency(upstreamLatencyMs);
    console.log(`  every Moov call is delayed by ${upstreamLatencyMs} ms`);
  }
  const usersFile = path.join(scratch, "users.json");
  const users = await writeUsersFile(usersFile, [people.atlas, people.small, people.partner]);
  const app = await startAppProcess({
    port: config.ports.app,
    distDir: config.distDir,
    emulatorURL: emulator.url,
    ...SUMMIT_KEYS,
    platformAccountID: SUMMIT,
    usersFile,
    logFile: path.join(logDir, "app.log"),
  });
  const bare = startProcess(
    "bare",
    path.join(root, "node_modules/.bin/next"),
    ["start", "--port", String(config.ports.bare), "--hostname", "127.0.0.1"],
    { cwd: bareDir, logFile: path.join(logDir, "bare.log"), env: { NODE_ENV: "production" } },
  );
  const bareURL = `http://127.0.0.1:${config.ports.bare}`;
  await waitForHttp(bareURL, bare);

  const agent = keepAliveAgent();
  const [atlasUser, smallUser, partnerUser] = users;
  if (!atlasUser || !smallUser || !partnerUser) throw new Error("users file incomplete");
  const atlas = await signIn(app.url, atlasUser.email, atlasUser.password, agent);
  const small = await signIn(app.url, smallUser.email, smallUser.password, agent);
  const partner = await signIn(app.url, partnerUser.email, partnerUser.password, agent);

  const candidates = await atlasTicketsBelowFirstPage(admin);
  const readTickets = candidates.slice(0, 10);
  const closeCount =
    (config.rounds * config.samplesPerRound + config.warmup) * 2 + config.browserCloses;
  const closable = candidates.slice(10);
  if (closable.length < closeCount)
    throw new Error(`need ${closeCount} open Atlas tickets, found ${closable.length}`);
  const upstreamCloses = ticketSupply(closable.filter((_, i) => i % 2 === 0));
  const appCloses = ticketSupply(
    closable.filter((_, i) => i % 2 === 1).slice(config.browserCloses),
  );
  const browserCloses = closable.filter((_, i) => i % 2 === 1).slice(0, config.browserCloses);

  const moovAtlas = await moovForAccount(emulator.url, SUMMIT_KEYS, ATLAS);
  const moovSmall = await moovForAccount(emulator.url, SUMMIT_KEYS, SMALL);
  const actionID = serverActionID(
    path.join(root, config.distDir),
    "app/actions/close-ticket.ts",
    "closeTicket",
  );
  const queueURL = (accountID: string) => `${app.url}/accounts/${accountID}/tickets`;
  const ticketURL = (i: number) =>
    `${app.url}/accounts/${ATLAS}/tickets/${readTickets[i % readTickets.length]?.ticketID}`;

  const scenarios: Scenario[] = [
    { name: "upstream.list.atlas", run: upstreamList(moovAtlas, ATLAS) },
    { name: "upstream.list.small", run: upstreamList(moovSmall, SMALL) },
    { name: "upstream.getAndMessages", run: upstreamGetAndMessages(moovAtlas, ATLAS, readTickets) },
    { name: "upstream.close", run: upstreamClose(moovAtlas, ATLAS, upstreamCloses) },
    { name: "app.queue.atlas", run: appGet(atlas, () => queueURL(ATLAS), agent) },
    { name: "app.queue.small", run: appGet(small, () => queueURL(SMALL), agent) },
    { name: "app.queue.atlas.partner", run: appGet(partner, () => queueURL(ATLAS), agent) },
    { name: "app.ticket", run: appGet(atlas, ticketURL, agent) },
    { name: "app.close", run: appClose(atlas, app.url, ATLAS, actionID, appCloses, agent) },
    {
      name: "bare.dynamic",
      run: appGet({ email: "", jar: new CookieJar() }, () => `${bareURL}/dynamic`, agent),
    },
    {
      name: "app.api.list.atlas",
      run: appGet(atlas, () => `${app.url}/api/accounts/${ATLAS}/tickets`, agent),
    },
  ];

  step(
    `latency, concurrency 1: ${config.rounds} rounds × ${config.samplesPerRound} samples of ${scenarios.length} scenarios`,
  );
  const latency = await sideBySide(scenarios, {
    rounds: config.rounds,
    samplesPerRound: config.samplesPerRound,
    warmup: config.warmup,
    onRound: (round) => process.stdout.write(`  round ${round + 1}/${config.rounds}\n`),
  });

  step(
    `throughput, concurrency ${config.concurrency}: ${config.loadRounds} rounds × ${config.loadRequests} requests`,
  );
  const loadScenarios = [
    "upstream.list.atlas",
    "app.queue.atlas",
    "upstream.getAndMessages",
    "app.ticket",
  ];
  const loads = new Map<string, Load[]>(loadScenarios.map((name) => [name, []]));
  for (let round = 0; round < config.loadRounds; round++) {
    for (const name of loadScenarios) {
      const scenario = scenarios.find((entry) => entry.name === name) as Scenario;
      loads.get(name)?.push(await underLoad(scenario.run, config.concurrency, config.loadRequests));
    }
  }

  step("browser: first-load JavaScript and Close");
  const browser = await launchBrowser();
  const cookies = atlas.jar.entries();
  const firstLoad = {
    bare: await firstLoadJS(browser, `${bareURL}/`, []),
    queue: await firstLoadJS(browser, queueURL(ATLAS), cookies),
    ticket: await firstLoadJS(browser, ticketURL(0), cookies),
  };
  const closeTimings = [];
  for (const ticket of browserCloses) {
    closeTimings.push(
      await timeCloseInBrowser(
        browser,
        `${app.url}/accounts/${ATLAS}/tickets/${ticket.ticketID}`,
        atlas.jar.entries(),
      ),
    );
  }
  await browser.close();

  step(`Lighthouse 12 (desktop preset), ${config.lighthouseRuns} run(s) per page`);
  const chrome = await startLighthouseChromium(
    config.ports.lighthouse,
    path.join(logDir, "chromium.log"),
  );
  const lighthouse: Record<"queue" | "ticket", Scores[]> = { queue: [], ticket: [] };
  try {
    for (let run = 0; run < config.lighthouseRuns; run++) {
      lighthouse.queue.push(await runLighthouse(chrome.port, queueURL(ATLAS), atlas.jar.header()));
      lighthouse.ticket.push(await runLighthouse(chrome.port, ticketURL(1), atlas.jar.header()));
    }
  } finally {
    await chrome.close();
  }

  rmSync(scratch, { recursive: true, force: true });
  return report({ latency, loads, firstLoad, closeTimings, lighthouse });
}

type Measured = {
  latency: Map<string, Collected>;
  loads: Map<string, Load[]>;
  firstLoad: Record<"bare" | "queue" | "ticket", Awaited<ReturnType<typeof firstLoadJS>>>;
  closeTimings: Awaited<ReturnType<typeof timeCloseInBrowser>>[];
  lighthouse: Record<"queue" | "ticket", Scores[]>;
};

const labels: Record<string, string> = {
  "upstream.list.atlas": "SDK list, 25 tickets (Atlas, 10,000 tickets)",
  "upstream.list.small": `SDK list, 25 tickets (${SMALL_TICKETS}-ticket account)`,
  "upstream.getAndMessages": "SDK get + messages (one after the other)",
  "upstream.close": "SDK close (PATCH)",
  "app.queue.atlas": "Queue page TTFB, Atlas (account agent)",
  "app.queue.small": `Queue page TTFB, ${SMALL_TICKETS}-ticket account`,
  "app.queue.atlas.partner": "Queue page TTFB, Atlas as Summit partner (200 accounts in switcher)",
  "app.ticket": "Ticket page TTFB",
  "app.close": "Close via server action (full answer)",
  "app.api.list.atlas": "GET /api/accounts/{id}/tickets (route handler)",
  "bare.dynamic": "Bare Next.js page rendered per request, TTFB (the framework's floor)",
};

function report(measured: Measured): number {
  const { latency, loads, firstLoad, closeTimings, lighthouse } = measured;
  const info = machine();
  const get = (name: string) => latency.get(name) as Collected;
  const failures = [...latency].flatMap(([name, entry]) =>
    entry.failures.map((note) => `${name}: ${note}`),
  );
  for (const [name, runs] of loads)
    failures.push(...runs.flatMap((run) => run.failures.map((note) => `${name} (load): ${note}`)));

  const latencyRows = [...latency].map(([name, entry]) => {
    const isPage = (name.startsWith("app.") || name.startsWith("bare.")) && name !== "app.close";
    const figure = summarize(entry.samples.map((sample) => (isPage ? sample.ttfbMs : sample.ms)));
    const roundMedians = entry.rounds.map((samples) =>
      p50(samples.map((s) => (isPage ? s.ttfbMs : s.ms))),
    );
    return {
      name,
      label: labels[name] ?? name,
      ...figure,
      full: summarize(entry.samples.map((sample) => sample.ms)),
      roundMedians,
    };
  });

  const loadRows = [...loads].map(([name, runs]) => ({
    name,
    label: labels[name] ?? name,
    rps: median(runs.map((run) => run.rps)),
    ttfbP50: median(runs.map((run) => run.ttfb.p50)),
    ttfbP95: median(runs.map((run) => run.ttfb.p95)),
    wholeP50: median(runs.map((run) => run.whole.p50)),
    requests: runs.reduce((sum, run) => sum + run.requests, 0),
  }));
  const loadOf = (name: string) => loadRows.find((row) => row.name === name);

  const queueRatios = roundRatios(get("app.queue.atlas"), get("upstream.list.atlas"));
  const ticketRatios = roundRatios(get("app.ticket"), get("upstream.getAndMessages"));
  const scaleRatios = roundRatios(get("app.queue.atlas"), get("app.queue.small"), "ttfbMs");
  const switcherRatios = roundRatios(
    get("app.queue.atlas.partner"),
    get("app.queue.atlas"),
    "ttfbMs",
  );
  const closeAllowance = get("upstream.close").rounds.map(
    (samples) => 1.5 * p50(samples.map((s) => s.ms)) + 20,
  );
  const closeRatios = get("app.close").rounds.map(
    (samples, round) => p50(samples.map((s) => s.ms)) / (closeAllowance[round] ?? Number.NaN),
  );
  const closeP50 = median(get("app.close").rounds.map((samples) => p50(samples.map((s) => s.ms))));
  const patchP50 = median(
    get("upstream.close").rounds.map((samples) => p50(samples.map((s) => s.ms))),
  );
  const loadQueueRatio =
    (loadOf("app.queue.atlas")?.ttfbP50 ?? Number.NaN) /
    (loadOf("upstream.list.atlas")?.ttfbP50 ?? Number.NaN);
  const loadTicketRatio =
    (loadOf("app.ticket")?.ttfbP50 ?? Number.NaN) /
    (loadOf("upstream.getAndMessages")?.ttfbP50 ?? Number.NaN);

  const beyond = {
    queue: firstLoad.queue.gzipBytes - firstLoad.bare.gzipBytes,
    ticket: firstLoad.ticket.gzipBytes - firstLoad.bare.gzipBytes,
  };
  const close = {
    badge: summarize(closeTimings.map((timing) => timing.badgeMs)),
    painted: summarize(closeTimings.map((timing) => timing.paintedMs)),
    answer: summarize(closeTimings.map((timing) => timing.answerMs)),
  };
  const lhMedian = (runs: Scores[]) => ({
    performance: median(runs.map((run) => run.performance)),
    accessibility: median(runs.map((run) => run.accessibility)),
    bestPractices: median(runs.map((run) => run.bestPractices)),
  });
  const lh = { queue: lhMedian(lighthouse.queue), ticket: lhMedian(lighthouse.ticket) };
  const spread = (values: number[]) =>
    `rounds ${ratio(Math.min(...values))}–${ratio(Math.max(...values))}`;

  const goals: Goal[] = [
    {
      value: median(queueRatios),
      goal: "Queue page TTFB p50 ≤ 3 × upstream list (concurrency 1)",
      figure: `${ratio(median(queueRatios))} (${spread(queueRatios)})`,
      bound: "≤ 3×",
      met: median(queueRatios) <= 3,
    },
    {
      value: loadQueueRatio,
      goal: "Queue page TTFB p50 ≤ 3 × upstream list (concurrency 10)",
      figure: ratio(loadQueueRatio),
      bound: "≤ 3×",
      met: loadQueueRatio <= 3,
    },
    {
      value: median(ticketRatios),
      goal: "Ticket page TTFB p50 ≤ 3 × (get + messages) (concurrency 1)",
      figure: `${ratio(median(ticketRatios))} (${spread(ticketRatios)})`,
      bound: "≤ 3×",
      met: median(ticketRatios) <= 3,
    },
    {
      value: loadTicketRatio,
      goal: "Ticket page TTFB p50 ≤ 3 × (get + messages) (concurrency 10)",
      figure: ratio(loadTicketRatio),
      bound: "≤ 3×",
      met: loadTicketRatio <= 3,
    },
    {
      value: median(closeRatios),
      goal: "Close via action ≤ 1.5 × direct PATCH + 20 ms",
      figure: `${ms(closeP50)} ms vs PATCH ${ms(patchP50)} ms (${ratio(median(closeRatios))} of the allowance)`,
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
    {
      value: beyond.queue,
      goal: "First-load JS beyond the bare page, queue",
      figure: `${kb(beyond.queue)} KB gzip`,
      bound: "≤ 80 KB",
      met: beyond.queue <= 80 * 1024,
    },
    {
      value: beyond.ticket,
      goal: "First-load JS beyond the bare page, ticket",
      figure: `${kb(beyond.ticket)} KB gzip`,
      bound: "≤ 80 KB",
      met: beyond.ticket <= 80 * 1024,
    },
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
      value: close.painted.p50,
      goal: "Click on Close → badge shows closed (painted), p50",
      figure: `${ms(close.painted.p50)} ms (p95 ${ms(close.painted.p95)} ms)`,
      bound: "≤ 100 ms",
      met: close.painted.p50 <= 100,
    },
  ];

  // Pages stream: the first byte carries the header and skeleton, the tickets follow.
  // The whole response's time is printed beside the TTFB, so neither hides the other.
  const latencyTable = table(
    ["Measure (concurrency 1)", "p50 ms", "p95 ms", "whole response p50 ms", "n"],
    latencyRows.map((row) => [row.label, ms(row.p50), ms(row.p95), ms(row.full.p50), row.n]),
  );
  const loadTable = table(
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
  const browserTable = table(
    ["Browser", "Figure"],
    [
      [
        "First-load JS, bare Next.js page + QueryClientProvider",
        `${kb(firstLoad.bare.gzipBytes)} KB gzip (${firstLoad.bare.files} files)`,
      ],
      [
        "First-load JS, queue page",
        `${kb(firstLoad.queue.gzipBytes)} KB gzip (${firstLoad.queue.files} files)`,
      ],
      [
        "First-load JS, ticket page",
        `${kb(firstLoad.ticket.gzipBytes)} KB gzip (${firstLoad.ticket.files} files)`,
      ],
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
      ...(["queue", "ticket"] as const).map((page) => [
        `Lighthouse ${page} page (perf / a11y / best practices)`,
        `${lh[page].performance} / ${lh[page].accessibility} / ${lh[page].bestPractices}`,
      ]),
    ],
  );

  const markdown = [
    `Machine: ${machineLine(info)}. Emulator \`--seed large\` (in memory, rate limit off, upstream latency added: ${upstreamLatencyMs} ms), app \`next start\` from ${config.distDir}; ` +
      `${config.rounds} rounds × ${config.samplesPerRound} samples per figure, scenarios interleaved; goal ratios are the median of the per-round ratios.`,
    "",
    latencyTable,
    "",
    loadTable,
    "",
    browserTable,
    "",
    goalsTable(goals),
  ].join("\n");
  console.log(`\n${markdown}\n`);
  if (failures.length > 0) {
    console.log(`Failed requests (${failures.length}):\n  ${failures.slice(0, 20).join("\n  ")}`);
  }

  const json = {
    at: new Date().toISOString(),
    machine: info,
    config: { ...config, upstreamLatencyMs },
    latency: latencyRows,
    load: loadRows,
    browser: { firstLoad, close, closeTimings },
    lighthouse: { median: lh, runs: lighthouse },
    ratios: {
      queueRatios,
      ticketRatios,
      scaleRatios,
      switcherRatios,
      closeRatios,
      loadQueueRatio,
      loadTicketRatio,
    },
    goals,
    failures,
    markdown,
  };
  const file = path.join(resultsDir, `bench-${stamp}.json`);
  writeFileSync(file, `${JSON.stringify(json, null, 2)}\n`);
  writeFileSync(path.join(resultsDir, "bench-latest.json"), `${JSON.stringify(json, null, 2)}\n`);
  console.log(
    `Figures written to ${path.relative(root, file)} (logs in ${path.relative(root, logDir)}/).`,
  );
  const unmeasured = failures.length > 0 || goals.some((goal) => !Number.isFinite(goal.value));
  if (unmeasured) console.log("Some figures could not be measured (see above): exit 1.");
  return unmeasured ? 1 : 0;
}

main()
  .then(async (code) => {
    await stopAll();
    process.exit(code);
  })
  .catch(async (error: unknown) => {
    console.error(`bench: could not measure: ${error instanceof Error ? error.stack : error}`);
    await stopAll();
    process.exit(1);
  });
