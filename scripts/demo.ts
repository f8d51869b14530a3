/**
 * `npm run demo`: builds when needed, starts the emulator (seeded demo data,
 * kept in .data/ across runs) and the built app, prints the URL and the demo
 * sign-ins, and stops both on Ctrl-C.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  writeFileSync,
} from "node:fs";
import path from "node:path";
import signIns from "../demo/sign-ins.json" with { type: "json" };
import { ensureBuild } from "./ensure-build";

const root = path.resolve(import.meta.dirname, "..");
const dataDir = path.join(root, ".data");
const appPort = Number(process.env.PORT ?? 3000);
const emulatorPort = Number(process.env.EMULATOR_PORT ?? 4010);
const appURL = `http://127.0.0.1:${appPort}`;
const emulatorURL = `http://127.0.0.1:${emulatorPort}`;

const children: ChildProcess[] = [];

/** Secrets kept per checkout, so demo sessions and the webhook survive a restart of the demo. */
function demoSecret(name: string): string {
  const file = path.join(dataDir, `demo-${name}`);
  if (!existsSync(file)) {
    writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  return readFileSync(file, "utf8").trim();
}

/** Points the emulator's webhooks at this app, replacing any earlier registration for it. */
async function registerWebhook(secret: string): Promise<void> {
  const url = `${appURL}/api/webhooks/moov`;
  const listed = (await (await fetch(`${emulatorURL}/_emulator/webhooks`)).json()) as Array<{
    webhookID: string;
    url: string;
  }>;
  for (const webhook of listed.filter((entry) => entry.url === url)) {
    await fetch(`${emulatorURL}/_emulator/webhooks/${webhook.webhookID}`, { method: "DELETE" });
  }
  const response = await fetch(`${emulatorURL}/_emulator/webhooks`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ url, secret }),
  });
  if (!response.ok) throw new Error(`registering the demo webhook failed: ${response.status}`);
}

function start(
  name: string,
  command: string,
  args: string[],
  env: Record<string, string> = {},
): ChildProcess {
  const child = spawn(command, args, {
    cwd: root,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const prefix = (chunk: Buffer) =>
    chunk
      .toString()
      .split("\n")
      .filter((line) => line.trim() !== "")
      .map((line) => `[${name}] ${line}`)
      .join("\n");
  child.stdout?.on("data", (chunk: Buffer) => console.log(prefix(chunk)));
  child.stderr?.on("data", (chunk: Buffer) => console.error(prefix(chunk)));
  child.on("exit", (code, signal) => {
    if (!stopping) {
      console.error(
        `[${name}] stopped unexpectedly (${signal ?? `exit ${code}`}); stopping the demo.`,
      );
      stop(1);
    }
  });
  children.push(child);
  return child;
}

async function waitFor(url: string, name: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${name} did not answer at ${url} within ${timeoutMs / 1000} s`);
}

let stopping = false;
function stop(code = 0): void {
  if (stopping) return;
  stopping = true;
  for (const child of children) {
    if (child.exitCode === null) child.kill("SIGTERM");
  }
  setTimeout(() => process.exit(code), 1500).unref();
  Promise.all(
    children.map(
      (child) =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) resolve();
          else child.once("exit", () => resolve());
        }),
    ),
  ).then(() => process.exit(code));
}

process.on("SIGINT", () => stop(0));
process.on("SIGTERM", () => stop(0));

/**
 * The app's settings for the demo. The users file is copied out of the repo
 * (a checkout may leave it group-writable, which the app refuses), so edits to
 * .data/demo-users.json take effect while the demo runs.
 */
function demoAppEnvironment(webhookSecret: string): Record<string, string> {
  const usersFile = path.join(dataDir, "demo-users.json");
  if (!existsSync(usersFile)) copyFileSync(path.join(root, "demo/users.json"), usersFile);
  chmodSync(usersFile, 0o600);
  return {
    MOOV_API_URL: emulatorURL,
    MOOV_PUBLIC_KEY: "pk_harbor_demo",
    MOOV_PRIVATE_KEY: "sk_harbor_demo_7f3c9a",
    MOOV_PLATFORM_ACCOUNT_ID: "5b0f8c6e-2d1a-4c3e-9f7a-000000000001",
    MOOV_API_VERSION: "v2026.04.00",
    NEXTAUTH_URL: appURL,
    NEXTAUTH_SECRET: demoSecret("nextauth-secret"),
    SESSION_ENCRYPTION_KEY: demoSecret("session-key"),
    DATA_DB_PATH: path.join(dataDir, "support-desk.sqlite"),
    MOOV_WEBHOOK_SECRET: webhookSecret,
    USERS_FILE: usersFile,
  };
}

async function main(): Promise<void> {
  mkdirSync(dataDir, { recursive: true });
  ensureBuild();
  const webhookSecret = demoSecret("webhook-secret");

  start("emulator", path.join(root, "node_modules/.bin/tsx"), [
    "emulator/src/main.ts",
    "--port",
    String(emulatorPort),
    "--db",
    ".data/emulator.sqlite",
    "--seed",
    "demo",
  ]);
  await waitFor(`${emulatorURL}/ping`, "the emulator");

  const appEnv = demoAppEnvironment(webhookSecret);
  // The same settings for `npm run users:revoke -- --email … --env-file .data/demo.env`.
  writeFileSync(
    path.join(dataDir, "demo.env"),
    Object.entries(appEnv)
      .map(([name, value]) => `${name}=${value}`)
      .join("\n"),
    { mode: 0o600 },
  );
  start(
    "app",
    path.join(root, "node_modules/.bin/next"),
    ["start", "--port", String(appPort), "--hostname", "127.0.0.1"],
    appEnv,
  );
  await waitFor(`${appURL}/api/health`, "the app");
  await registerWebhook(webhookSecret);

  console.log(`\nSupport Desk is running at ${appURL}  (emulated Moov API at ${emulatorURL})`);
  console.log("Demo sign-ins:");
  for (const entry of signIns.signIns) {
    console.log(`  ${entry.email.padEnd(28)} ${entry.password.padEnd(20)} ${entry.actsFor}`);
  }
  console.log("Data is kept in .data/ (delete it to start over). Press Ctrl-C to stop.\n");
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  stop(1);
});
