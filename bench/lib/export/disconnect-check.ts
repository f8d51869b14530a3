/**
 * What the app does when a download goes away mid-file: the request is
 * dropped after its first chunk, then the emulator's journal says whether
 * any Moov page was asked for after that moment, and /proc how much CPU the
 * app spent in the two seconds after (a reader left running would show).
 */
import http from "node:http";
import { setTimeout as sleep } from "node:timers/promises";
import type { EmulatorAPI } from "../emulator-api";
import type { CookieJar } from "../http";
import { processCpuMs } from "../process-cpu";

export type DisconnectFigure = {
  pagesReadBefore: number;
  pagesAskedAfter: number;
  appCpuMsInNext2s: number;
};

export async function disconnectCheck(
  exportURL: string,
  moovListPath: string,
  jar: CookieJar,
  appPid: number,
  emulator: EmulatorAPI,
): Promise<DisconnectFigure> {
  const startedAt = new Date().toISOString();
  const droppedAt = await new Promise<string>((resolve, reject) => {
    const request = http.get(exportURL, { headers: { cookie: jar.header() } }, (response) => {
      response.once("data", () => {
        const at = new Date().toISOString();
        request.destroy();
        resolve(at);
      });
    });
    request.on("error", (error) => {
      if (!request.destroyed) reject(error);
    });
  });
  // Let whatever was in flight land before counting the CPU of the quiet that should follow.
  await sleep(500);
  const cpuBefore = processCpuMs(appPid);
  await sleep(2_000);
  const cpu = processCpuMs(appPid) - cpuBefore;
  const pages = (await emulator.journal(1000)).filter(
    (entry) => entry.path === moovListPath && entry.query?.count === "1000",
  );
  return {
    pagesReadBefore: pages.filter((entry) => entry.at > startedAt && entry.at <= droppedAt).length,
    pagesAskedAfter: pages.filter((entry) => entry.at > droppedAt).length,
    appCpuMsInNext2s: Math.round(cpu),
  };
}
