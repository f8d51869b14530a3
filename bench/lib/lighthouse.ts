/**
 * Lighthouse 12 on a signed-in page: its own headless Chromium (a fresh
 * profile, remote debugging on a loopback port), the session cookie sent as
 * an extra header so Lighthouse's storage reset cannot sign it out.
 */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import lighthouse, { desktopConfig } from "lighthouse";
import { chromiumFlags, chromiumPath } from "./browser";
import { type Managed, startProcess } from "./processes";

export type Scores = {
  performance: number;
  accessibility: number;
  bestPractices: number;
  failedAudits: Record<string, string[]>;
  metrics: Record<string, number>;
};

/** The goals on each page's scores (issue #17): performance and best practices ≥ 95, accessibility 100. */
export const lighthouseBounds = { performance: 95, accessibility: 100, bestPractices: 95 };

export type LighthouseBrowser = { port: number; managed: Managed; close(): Promise<void> };

export async function startLighthouseChromium(
  port: number,
  logFile: string,
): Promise<LighthouseBrowser> {
  const profile = mkdtempSync(path.join(os.tmpdir(), "bench-lh-"));
  const managed = startProcess(
    "chromium",
    chromiumPath,
    [
      "--headless=new",
      ...chromiumFlags,
      `--remote-debugging-port=${port}`,
      "--remote-debugging-address=127.0.0.1",
      `--user-data-dir=${profile}`,
      "about:blank",
    ],
    { logFile },
  );
  const deadline = Date.now() + 20_000;
  for (;;) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/json/version`);
      if (response.ok) break;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) throw new Error("Chromium for Lighthouse did not start");
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    port,
    managed,
    async close() {
      await managed.stop();
      // Chromium's helpers may still be writing the profile a moment after it exits;
      // a scratch dir left behind must not cost the run its figures.
      try {
        rmSync(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
      } catch (error) {
        console.log(`  (left ${profile} behind: ${(error as Error).message})`);
      }
    },
  };
}

/** The first rows of a failed audit's table (say, which console error), so the report says why. */
function detailsOf(details: unknown): string {
  const items = (details as { items?: unknown[] } | undefined)?.items;
  if (!Array.isArray(items) || items.length === 0) return "";
  return `: ${JSON.stringify(items.slice(0, 3)).slice(0, 400)}`;
}

const categories = ["performance", "accessibility", "best-practices"] as const;

export async function runLighthouse(
  port: number,
  url: string,
  cookieHeader: string,
): Promise<Scores> {
  const result = await lighthouse(
    url,
    {
      port,
      output: "json",
      logLevel: "error",
      onlyCategories: [...categories],
      extraHeaders: cookieHeader ? { Cookie: cookieHeader } : undefined,
    },
    desktopConfig,
  );
  if (!result) throw new Error(`Lighthouse gave no result for ${url}`);
  const { lhr } = result;
  if (lhr.runtimeError)
    throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  const score = (id: string) => Math.round((lhr.categories[id]?.score ?? Number.NaN) * 100);
  const failedAudits: Record<string, string[]> = {};
  for (const id of categories) {
    failedAudits[id] = (lhr.categories[id]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0)
      .map((ref) => lhr.audits[ref.id])
      .filter((audit) => audit && audit.score !== null && audit.score < 0.9)
      .map((audit) => `${audit?.id} (${audit?.score})${detailsOf(audit?.details)}`);
  }
  const metric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
  return {
    performance: score("performance"),
    accessibility: score("accessibility"),
    bestPractices: score("best-practices"),
    failedAudits,
    metrics: {
      fcpMs: metric("first-contentful-paint"),
      lcpMs: metric("largest-contentful-paint"),
      tbtMs: metric("total-blocking-time"),
      cls: metric("cumulative-layout-shift"),
      speedIndexMs: metric("speed-index"),
    },
  };
}
