/** Lighthouse's scores for the queue, the ticket page and the overview, signed in as Atlas's agent. */
import path from "node:path";
import type { Session } from "../app-client";
import { runLighthouse, type Scores, startLighthouseChromium } from "../lighthouse";
import { atlasID } from "../setup";
import type { Pages } from "./build-scenarios";
import { type BenchConfig, type RunPaths, step } from "./config";

export type LighthouseRuns = Record<"queue" | "ticket" | "overview", Scores[]>;

export async function measureLighthouse(
  config: BenchConfig,
  paths: RunPaths,
  atlas: Session,
  pages: Pages,
): Promise<LighthouseRuns> {
  step(`Lighthouse 12 (desktop preset), ${config.lighthouseRuns} run(s) per page`);
  const chrome = await startLighthouseChromium(
    config.ports.lighthouse,
    path.join(paths.logDir, "chromium.log"),
  );
  const lighthouse: LighthouseRuns = { queue: [], ticket: [], overview: [] };
  try {
    for (let run = 0; run < config.lighthouseRuns; run++) {
      lighthouse.queue.push(await scoresOf(chrome.port, pages.queueURL(atlasID), atlas));
      lighthouse.ticket.push(await scoresOf(chrome.port, pages.ticketURL(1), atlas));
      lighthouse.overview.push(await scoresOf(chrome.port, pages.overviewURL(atlasID), atlas));
    }
  } finally {
    await chrome.close();
  }
  return lighthouse;
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
