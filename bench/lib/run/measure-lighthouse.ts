/**
 * Lighthouse's scores for each measured page, as the person who opens it
 * (Atlas's agent; Summit's partner for the whole book). Each run's scores
 * are printed as they come, with the audits that failed in a category below
 * its goal, so a miss says why.
 */
import path from "node:path";
import type { Session } from "../app-client";
import { request } from "../http";
import {
  lighthouseBounds,
  runLighthouse,
  type Scores,
  startLighthouseChromium,
} from "../lighthouse";
import type { BrowserPage, Visit } from "./browser-pages";
import { type BenchConfig, type RunPaths, step } from "./config";

export type LighthouseRuns = Partial<Record<BrowserPage, Scores[]>>;

export async function measureLighthouse(
  config: BenchConfig,
  paths: RunPaths,
  visits: Visit[],
): Promise<LighthouseRuns> {
  step(`Lighthouse 12 (desktop preset), ${config.lighthouseRuns} run(s) per page`);
  const chrome = await startLighthouseChromium(
    config.ports.lighthouse,
    path.join(paths.logDir, "chromium.log"),
  );
  const lighthouse: LighthouseRuns = {};
  try {
    for (let run = 0; run < config.lighthouseRuns; run++) {
      for (const visit of visits) {
        await readOnce(visit);
        const scores = await scoresOf(chrome.port, visit.url, visit.session);
        printScores(visit.page, scores);
        lighthouse[visit.page] = [...(lighthouse[visit.page] ?? []), scores];
      }
    }
  } finally {
    await chrome.close();
  }
  return lighthouse;
}

/**
 * Lighthouse judges the page as a person sees it on a second look, with the
 * lists behind it in the cache (two minutes): a cold read of the partner's
 * 201 accounts takes seconds and would come and go with the cache's age
 * between runs. That read is the fan-out scenario's figure, not this one's.
 */
async function readOnce(visit: Visit): Promise<void> {
  const answer = await request(visit.url, { jar: visit.session.jar, timeoutMs: 60_000 });
  if (answer.status !== 200) throw new Error(`${visit.url} answered ${answer.status}`);
}

const round = (value: number | undefined) =>
  value === undefined || !Number.isFinite(value) ? "–" : value.toFixed(value < 1 ? 3 : 0);

function printScores(page: BrowserPage, scores: Scores): void {
  const { fcpMs, lcpMs, tbtMs, cls } = scores.metrics;
  console.log(
    `  ${page}: ${scores.performance} / ${scores.accessibility} / ${scores.bestPractices}` +
      ` (FCP ${round(fcpMs)} ms, LCP ${round(lcpMs)} ms, TBT ${round(tbtMs)} ms, CLS ${round(cls)})`,
  );
  const below = {
    performance: scores.performance < lighthouseBounds.performance,
    accessibility: scores.accessibility < lighthouseBounds.accessibility,
    "best-practices": scores.bestPractices < lighthouseBounds.bestPractices,
  };
  for (const [category, missed] of Object.entries(below)) {
    if (!missed) continue;
    for (const audit of scores.failedAudits[category] ?? [])
      console.log(`    ${category}: ${audit}`);
  }
}

/**
 * On a busy machine Lighthouse now and then fails to record its trace
 * (NO_NAVSTART, NO_FCP) and asks to be run again: it is, once. A second
 * failure is a real one.
 */
async function scoresOf(port: number, url: string, session: Session): Promise<Scores> {
  try {
    return await runLighthouse(port, url, session.jar.header());
  } catch (error) {
    console.log(`  ${error instanceof Error ? error.message : String(error)}: running it again`);
    return runLighthouse(port, url, session.jar.header());
  }
}
