/**
 * Child processes the bench and the load test start (emulator, app), each
 * logging to its own file. They are stopped by their own PID only.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { createWriteStream, readFileSync } from "node:fs";

export const root = new URL("../..", import.meta.url).pathname.replace(/\/$/, "");

export type Managed = {
  name: string;
  child: ChildProcess;
  logFile: string;
  /** SIGTERM, then SIGKILL after `graceMs`; resolves once the process has exited. */
  stop(graceMs?: number): Promise<void>;
  /** SIGKILL at once (the load test's crash), resolving on exit. */
  kill9(): Promise<void>;
  exited: Promise<void>;
};

const running = new Set<Managed>();

export function startProcess(
  name: string,
  command: string,
  args: string[],
  options: { env?: Record<string, string>; logFile: string; cwd?: string },
): Managed {
  const log = createWriteStream(options.logFile, { flags: "a" });
  const child = spawn(command, args, {
    cwd: options.cwd ?? root,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...options.env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.pipe(log, { end: false });
  child.stderr?.pipe(log, { end: false });
  const exited = new Promise<void>((resolve) => {
    child.once("exit", () => {
      running.delete(managed);
      resolve();
    });
  });
  const signal = (sig: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(sig);
  };
  const managed: Managed = {
    name,
    child,
    logFile: options.logFile,
    exited,
    async stop(graceMs = 3000) {
      signal("SIGTERM");
      const timer = setTimeout(() => signal("SIGKILL"), graceMs);
      await exited;
      clearTimeout(timer);
    },
    async kill9() {
      signal("SIGKILL");
      await exited;
    },
  };
  running.add(managed);
  return managed;
}

/** Stops every process this run started (on exit, Ctrl-C or failure). */
export async function stopAll(): Promise<void> {
  await Promise.all([...running].map((managed) => managed.stop()));
}

export function tail(file: string, lines = 20): string {
  try {
    return readFileSync(file, "utf8").trimEnd().split("\n").slice(-lines).join("\n");
  } catch {
    return "";
  }
}

export async function waitForHttp(
  url: string,
  managed: Managed,
  timeoutMs = 60_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (managed.child.exitCode !== null || managed.child.signalCode !== null) {
      throw new Error(`${managed.name} exited while starting:\n${tail(managed.logFile)}`);
    }
    try {
      const response = await fetch(url);
      await response.arrayBuffer();
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(
    `${managed.name} did not answer ${url} within ${timeoutMs / 1000} s:\n${tail(managed.logFile)}`,
  );
}

export function exitCleanlyOnSignals(): void {
  for (const sig of ["SIGINT", "SIGTERM"] as const) {
    process.once(sig, () => {
      stopAll().finally(() => process.exit(130));
    });
  }
}
