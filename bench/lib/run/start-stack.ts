/**
 * The processes a bench run measures: the emulator with the `large` seed (and
 * the bench's 100-ticket account), the built app signed into by three people,
 * and the bare Next.js app beside it.
 */
import type http from "node:http";
import path from "node:path";
import { type Session, signIn } from "../app-client";
import { startBareApp } from "../bare-app";
import { EmulatorAPI } from "../emulator-api";
import { createSmallAccountTickets, people, summitID, summitKeys } from "../setup";
import { type Running, startAppProcess, startEmulatorProcess } from "../stack";
import { type BenchUser, writeUsersFile } from "../users";
import type { BenchConfig, RunPaths } from "./config";

export type Stack = {
  emulator: Running;
  admin: EmulatorAPI;
  app: Running;
  bare: Running;
  bareDir: string;
  usersFile: string;
  users: BenchUser[];
};

export async function startStack(
  config: BenchConfig,
  paths: RunPaths,
  bareDir: string,
): Promise<Stack> {
  const emulator = await startEmulatorProcess({
    port: config.ports.emulator,
    db: ":memory:",
    seed: "large",
    // The bench itself sends far more than Moov's 40/s; a 429 would measure the limiter, not the app.
    rateLimit: 0,
    logFile: path.join(paths.logDir, "emulator.log"),
  });
  const admin = new EmulatorAPI(emulator.url);
  await createSmallAccountTickets(admin);
  if (config.upstreamLatencyMs > 0) {
    await admin.addUpstreamLatency(config.upstreamLatencyMs);
    console.log(`  every Moov call is delayed by ${config.upstreamLatencyMs} ms`);
  }
  const usersFile = path.join(paths.scratch, "users.json");
  const users = await writeUsersFile(usersFile, [people.atlas, people.small, people.partner]);
  const app = await startBenchApp(config, paths, { emulator, usersFile, instance: "app" });
  const bare = await startBareApp({
    dir: bareDir,
    port: config.ports.bare,
    logFile: path.join(paths.logDir, "bare.log"),
  });
  return { emulator, admin, app, bare, bareDir, usersFile, users };
}

/**
 * The app on the bench's port. Each instance gets its own session database in
 * the scratch dir, since no two runs of it should share sessions.
 */
export function startBenchApp(
  config: BenchConfig,
  paths: RunPaths,
  options: { emulator: Running; usersFile: string; instance: string; nodeArgs?: string[] },
): Promise<Running> {
  return startAppProcess({
    port: config.ports.app,
    distDir: config.distDir,
    emulatorURL: options.emulator.url,
    ...summitKeys,
    platformAccountID: summitID,
    usersFile: options.usersFile,
    dataDBPath: path.join(paths.scratch, `${options.instance}-data.sqlite`),
    logFile: path.join(paths.logDir, `${options.instance}.log`),
    nodeArgs: options.nodeArgs,
    // The emulator's rate limit is off here, so the app's pacing (Moov's 40 calls a second
    // per account) is too: both sides of every ratio talk to the same unlimited Moov. With
    // it on, the interleaved rounds (three calls per ticket page) waited in the pacer, and
    // the page figures measured that wait. The fan-out scenario measures pacing, limit on.
    env: { MOOV_RATE_LIMIT_PER_SECOND: "0" },
  });
}

export type People = Record<"atlas" | "small" | "partner", Session>;

/** Atlas's agent, the 100-ticket account's agent and Summit's partner, in the users file's order. */
export async function signInPeople(
  appURL: string,
  users: BenchUser[],
  agent: http.Agent,
): Promise<People> {
  const [atlasUser, smallUser, partnerUser] = users;
  if (!atlasUser || !smallUser || !partnerUser) throw new Error("users file incomplete");
  return {
    atlas: await signIn(appURL, atlasUser.email, atlasUser.password, agent),
    small: await signIn(appURL, smallUser.email, smallUser.password, agent),
    partner: await signIn(appURL, partnerUser.email, partnerUser.password, agent),
  };
}
