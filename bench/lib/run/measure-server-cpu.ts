/**
 * The server's CPU per page, as `npm run bench:profile -- --cpu-prof` weighs
 * it: the app and the bare app are started again under Node's CPU profiler,
 * each page is read N times one after another, and the main thread's CPU in
 * exactly those reads is divided by N. Runs last, since it restarts both.
 */

import { mkdirSync } from "node:fs";
import type http from "node:http";
import path from "node:path";
import { signIn } from "../app-client";
import { startBareApp } from "../bare-app";
import { cpuInWindow, type Profile, readCpuProfile } from "../cpu-profile";
import { keepAliveAgent } from "../http";
import { type PageReads, readPageRepeatedly } from "../page-reads";
import { atlasID } from "../setup";
import type { Running } from "../stack";
import type { Pages } from "./browser-pages";
import { type BenchConfig, type RunPaths, step } from "./config";
import { type Stack, startBenchApp } from "./start-stack";

export type PageCPU = {
  requests: number;
  /** main thread, from the profile: its busy time, idle excluded */
  cpuMsPerRequest: number;
  gcMsPerRequest: number;
  /** every thread, from /proc: CPU time only, never time spent waiting for a core */
  processCpuMsPerRequest: number;
  /** the reads' own timings, under the profiler (slower than unprofiled) */
  wholeP50Ms: number;
  profile: string;
};
export type ServerCPU = Record<"queue" | "ticket" | "bare", PageCPU> & { failure?: string };

const warmupRequests = 20;
const profiling = (dir: string) => ["--cpu-prof", `--cpu-prof-dir=${dir}`];

export async function measureServerCPU(
  config: BenchConfig,
  paths: RunPaths,
  stack: Stack,
  pages: Pages,
): Promise<ServerCPU> {
  step(
    `server CPU under --cpu-prof: ${config.cpuProfileRequests} reads each of the queue, ticket and bare pages`,
  );
  try {
    await Promise.all([stack.app.managed.stop(), stack.bare.managed.stop()]);
    const app = await profileApp(config, paths, stack, pages);
    return { ...app, bare: await profileBare(config, paths, stack) };
  } catch (error) {
    const failure = `server CPU: ${error instanceof Error ? error.message : String(error)}`;
    console.log(`  ${failure}`);
    const none: PageCPU = {
      requests: 0,
      cpuMsPerRequest: Number.NaN,
      gcMsPerRequest: Number.NaN,
      processCpuMsPerRequest: Number.NaN,
      wholeP50Ms: Number.NaN,
      profile: "",
    };
    return { queue: none, ticket: none, bare: none, failure };
  }
}

async function profileApp(config: BenchConfig, paths: RunPaths, stack: Stack, pages: Pages) {
  const dir = path.join(paths.logDir, "cpu-app");
  mkdirSync(dir, { recursive: true });
  const app = await startBenchApp(config, paths, {
    emulator: stack.emulator,
    usersFile: stack.usersFile,
    instance: "app-cpu-prof",
    nodeArgs: profiling(dir),
  });
  const [atlasUser] = stack.users;
  if (!atlasUser) throw new Error("users file incomplete");
  const agent = keepAliveAgent();
  const atlas = await signIn(app.url, atlasUser.email, atlasUser.password, agent);
  const options = {
    requests: config.cpuProfileRequests,
    warmup: warmupRequests,
    jar: atlas.jar,
    agent,
    pid: app.managed.child.pid,
  };
  const queue = await readPageRepeatedly(() => pages.queueURL(atlasID), options);
  const ticket = await readPageRepeatedly(pages.ticketURL, options);
  const written = await stopForProfile(app, agent, dir);
  return { queue: pageCPU(written, queue), ticket: pageCPU(written, ticket) };
}

async function profileBare(config: BenchConfig, paths: RunPaths, stack: Stack) {
  const dir = path.join(paths.logDir, "cpu-bare");
  mkdirSync(dir, { recursive: true });
  const bare = await startBareApp({
    dir: stack.bareDir,
    port: config.ports.bare,
    logFile: path.join(paths.logDir, "bare-cpu-prof.log"),
    nodeArgs: profiling(dir),
  });
  const agent = keepAliveAgent();
  const reads = await readPageRepeatedly(() => `${bare.url}/dynamic`, {
    requests: config.cpuProfileRequests,
    warmup: warmupRequests,
    agent,
    pid: bare.managed.child.pid,
  });
  return pageCPU(await stopForProfile(bare, agent, dir), reads);
}

type Written = { file: string; profile: Profile };

/** Node writes the profile as the process exits; its open keep-alive sockets must not hold that up. */
async function stopForProfile(running: Running, agent: http.Agent, dir: string): Promise<Written> {
  agent.destroy();
  await running.managed.stop(30_000);
  return readCpuProfile(dir);
}

function pageCPU({ file, profile }: Written, reads: PageReads): PageCPU {
  const { cpuMs, gcMs } = cpuInWindow(profile, reads.window);
  return {
    requests: reads.requests,
    cpuMsPerRequest: cpuMs / reads.requests,
    gcMsPerRequest: gcMs / reads.requests,
    processCpuMsPerRequest: reads.processCpuMs / reads.requests,
    wholeP50Ms: reads.total.p50,
    profile: file,
  };
}
