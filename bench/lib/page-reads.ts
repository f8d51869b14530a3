/**
 * One page read N times, one after another, after a warm-up: its timings,
 * the instants the measured reads began and ended, so a CPU profile of the
 * server can be cut to exactly those reads, and the server's CPU time in them.
 */
import type http from "node:http";
import { monotonicMicros, type Window } from "./cpu-profile";
import { type CookieJar, request } from "./http";
import { processCpuMs } from "./process-cpu";
import { type Summary, summarize } from "./stats";

export type PageReads = {
  requests: number;
  ttfb: Summary;
  total: Summary;
  /** of the last answer */
  bytes: number;
  window: Window;
  /** the server process's CPU time over the measured reads, all threads (NaN without `pid`) */
  processCpuMs: number;
};

export async function readPageRepeatedly(
  urlFor: (i: number) => string,
  options: {
    requests: number;
    warmup: number;
    jar?: CookieJar;
    agent: http.Agent;
    /** the server's process, whose CPU time is read before and after */
    pid?: number;
  },
): Promise<PageReads> {
  const read = async (i: number) => {
    const url = urlFor(i);
    const answer = await request(url, { jar: options.jar, agent: options.agent });
    if (answer.status !== 200) throw new Error(`${url} answered ${answer.status}`);
    return answer;
  };
  for (let i = 0; i < options.warmup; i++) await read(i);
  const ttfb: number[] = [];
  const total: number[] = [];
  let bytes = 0;
  const cpuBefore = processCpuMs(options.pid);
  const fromUs = monotonicMicros();
  for (let i = 0; i < options.requests; i++) {
    const answer = await read(options.warmup + i);
    ttfb.push(answer.ttfbMs);
    total.push(answer.totalMs);
    bytes = answer.bytes;
  }
  const toUs = monotonicMicros();
  const cpuAfter = processCpuMs(options.pid);
  return {
    requests: options.requests,
    ttfb: summarize(ttfb),
    total: summarize(total),
    bytes,
    window: { fromUs, toUs },
    processCpuMs: cpuAfter - cpuBefore,
  };
}
