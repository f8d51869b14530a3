/**
 * Starts the emulator (its CLI, in its own process, so its work never shares
 * the bench's event loop) and the built app against it.
 */
import { randomBytes } from "node:crypto";
import path from "node:path";
import { type Managed, root, startProcess, waitForHttp } from "./processes";

export type Running = { managed: Managed; url: string };

/**
 * Seals the Moov tokens in the app's session store. One per run: every app
 * instance a run starts can open what another sealed, and nothing outlives it.
 */
export const runSessionEncryptionKey = randomBytes(32).toString("base64");

export type EmulatorStart = {
  port: number;
  db: string;
  seed: "none" | "demo" | "large";
  rateLimit: number;
  logFile: string;
};

export async function startEmulatorProcess(options: EmulatorStart): Promise<Running> {
  // node --import tsx rather than the tsx CLI: the CLI runs the script in a child process,
  // so a kill -9 of the CLI would leave the emulator running.
  const managed = startProcess(
    "emulator",
    process.execPath,
    [
      "--import",
      "tsx",
      "emulator/src/main.ts",
      "--port",
      String(options.port),
      "--db",
      options.db,
      "--seed",
      options.seed,
      "--rate-limit",
      String(options.rateLimit),
    ],
    { logFile: options.logFile },
  );
  const url = `http://127.0.0.1:${options.port}`;
  await waitForHttp(`${url}/ping`, managed);
  return { managed, url };
}

export type AppStart = {
  port: number;
  distDir: string;
  emulatorURL: string;
  publicKey: string;
  privateKey: string;
  platformAccountID: string;
  usersFile: string;
  /**
   * The app's SQLite file (sessions, sign-in throttle), one per started
   * instance in the run's scratch dir; ":memory:" only for a lone process.
   */
  dataDBPath: string;
  logFile: string;
  /** Another checkout of the app (a scratch copy with a change to compare); default this one. */
  cwd?: string;
  /** Node flags for the app's process (say, --cpu-prof when looking for where the time goes). */
  nodeArgs?: string[];
  /** More settings for this instance (say, a shorter cache age for the fan-out scenario). */
  env?: Record<string, string>;
};

export async function startAppProcess(options: AppStart): Promise<Running> {
  const url = `http://127.0.0.1:${options.port}`;
  const start = ["start", "--port", String(options.port), "--hostname", "127.0.0.1"];
  const appRoot = options.cwd ?? root;
  const managed = startProcess(
    "app",
    options.nodeArgs ? process.execPath : path.join(appRoot, "node_modules/.bin/next"),
    options.nodeArgs
      ? [...options.nodeArgs, path.join(appRoot, "node_modules/next/dist/bin/next"), ...start]
      : start,
    {
      cwd: appRoot,
      logFile: options.logFile,
      env: {
        NODE_ENV: "production",
        NEXT_DIST_DIR: options.distDir,
        MOOV_API_URL: options.emulatorURL,
        MOOV_PUBLIC_KEY: options.publicKey,
        MOOV_PRIVATE_KEY: options.privateKey,
        MOOV_PLATFORM_ACCOUNT_ID: options.platformAccountID,
        MOOV_API_VERSION: "v2026.04.00",
        NEXTAUTH_URL: url,
        NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
        USERS_FILE: options.usersFile,
        SESSION_ENCRYPTION_KEY: runSessionEncryptionKey,
        DATA_DB_PATH: options.dataDBPath,
        ...options.env,
      },
    },
  );
  await waitForHttp(`${url}/api/health`, managed);
  return { managed, url };
}
