/**
 * One CSV export read the way a download reads it, without keeping it: the
 * bytes and records are counted as they arrive, while the app's resident
 * memory is sampled from /proc, so the figure says what the server held.
 */
import { readdirSync, readFileSync } from "node:fs";
import http from "node:http";
import type { CookieJar } from "../http";

export type ExportRead = {
  status: number;
  /** Data rows (records after the header). */
  rows: number;
  bytes: number;
  firstByteMs: number;
  totalMs: number;
  /** The app's resident memory (its whole process tree), before and at its highest. */
  rssBeforeMB: number;
  rssPeakMB: number;
  /** The last record, to tell a complete file from one that stopped early. */
  lastRecord: string;
};

/** The process and every process below it (next start may run its server in a child). */
function processTree(pid: number): number[] {
  const children = (id: number): number[] => {
    try {
      return readdirSync(`/proc/${id}/task`).flatMap((task) =>
        readFileSync(`/proc/${id}/task/${task}/children`, "utf8")
          .split(" ")
          .filter(Boolean)
          .map(Number),
      );
    } catch {
      return [];
    }
  };
  const all = [pid];
  for (let index = 0; index < all.length; index++) all.push(...children(all[index] ?? 0));
  return all;
}

export function rssMB(pid: number): number {
  let kB = 0;
  for (const id of processTree(pid)) {
    try {
      const match = readFileSync(`/proc/${id}/status`, "utf8").match(/^VmRSS:\s+(\d+) kB/m);
      kB += Number(match?.[1] ?? 0);
    } catch {
      // The process ended between listing and reading.
    }
  }
  return kB / 1024;
}

export function readExport(url: string, jar: CookieJar, appPid: number): Promise<ExportRead> {
  return new Promise((resolve, reject) => {
    const rssBeforeMB = rssMB(appPid);
    let rssPeakMB = rssBeforeMB;
    const sampler = setInterval(() => {
      rssPeakMB = Math.max(rssPeakMB, rssMB(appPid));
    }, 10);
    const started = performance.now();
    let firstByteMs = Number.NaN;
    let records = 0;
    let bytes = 0;
    let inQuotes = false;
    let current = "";
    let lastRecord = "";
    const request = http.get(url, { headers: { cookie: jar.header() } }, (response) => {
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => {
        if (Number.isNaN(firstByteMs)) firstByteMs = performance.now() - started;
        bytes += Buffer.byteLength(chunk);
        let start = 0;
        for (let index = 0; index < chunk.length; index++) {
          const code = chunk.charCodeAt(index);
          if (code === 34) inQuotes = !inQuotes;
          else if (code === 10 && !inQuotes) {
            records += 1;
            lastRecord = current + chunk.slice(start, index + 1);
            current = "";
            start = index + 1;
          }
        }
        current += chunk.slice(start);
      });
      response.on("end", () => {
        clearInterval(sampler);
        rssPeakMB = Math.max(rssPeakMB, rssMB(appPid));
        resolve({
          status: response.statusCode ?? 0,
          rows: Math.max(0, records - 1),
          bytes,
          firstByteMs,
          totalMs: performance.now() - started,
          rssBeforeMB,
          rssPeakMB,
          lastRecord,
        });
      });
      response.on("error", reject);
    });
    request.on("error", (error) => {
      clearInterval(sampler);
      reject(error);
    });
  });
}
