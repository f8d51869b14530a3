/**
 * What `bench:profile` and `bench:dom-floor` read pages from: the emulator
 * (large seed, in memory, no rate limit), the built app and Atlas's agent
 * signed in, each in the caller's scratch dir and on its ports.
 */
import type http from "node:http";
import path from "node:path";
import { type Session, signIn } from "./app-client";
import { EmulatorAPI } from "./emulator-api";
import { people, summitID, summitKeys } from "./setup";
import { type Running, startAppProcess, startEmulatorProcess } from "./stack";
import { writeUsersFile } from "./users";

export type AtlasStack = { emulator: Running; app: Running; session: Session };

export async function startAtlasStack(options: {
  scratch: string;
  ports: { emulator: number; app: number };
  distDir: string;
  agent: http.Agent;
  /** A delay on every Moov call: TTFB then shows what the page sends before its data arrives. */
  upstreamLatencyMs?: number;
  /** Node flags for the app (say, --cpu-prof). */
  nodeArgs?: string[];
}): Promise<AtlasStack> {
  const { scratch } = options;
  const emulator = await startEmulatorProcess({
    port: options.ports.emulator,
    db: ":memory:",
    seed: "large",
    rateLimit: 0,
    logFile: path.join(scratch, "emulator.log"),
  });
  if (options.upstreamLatencyMs) {
    await new EmulatorAPI(emulator.url).addUpstreamLatency(options.upstreamLatencyMs);
  }
  const usersFile = path.join(scratch, "users.json");
  const [atlasUser] = await writeUsersFile(usersFile, [people.atlas]);
  if (!atlasUser) throw new Error("users file incomplete");
  const app = await startAppProcess({
    port: options.ports.app,
    distDir: options.distDir,
    emulatorURL: emulator.url,
    ...summitKeys,
    platformAccountID: summitID,
    usersFile,
    dataDBPath: path.join(scratch, "app-data.sqlite"),
    logFile: path.join(scratch, "app.log"),
    nodeArgs: options.nodeArgs,
    // Rate limit off on both sides, as in `npm run bench` (start-stack.ts says why).
    env: { MOOV_RATE_LIMIT_PER_SECOND: "0" },
  });
  const session = await signIn(app.url, atlasUser.email, atlasUser.password, options.agent);
  return { emulator, app, session };
}
