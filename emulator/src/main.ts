import { parseArgs } from "node:util";
import { isSeedName } from "./seed/index.js";
import { startEmulator } from "./server.js";

const usageText =
  "usage: npm run emulator -- [--port 4010] [--db .data/emulator.sqlite|:memory:] " +
  "[--seed none|demo|large] [--random-seed 1] [--token-ttl 3600] [--rate-limit 40]";

function fail(message: string): never {
  console.error(`emulator: ${message}\n${usageText}`);
  process.exit(2);
}

function numberFlag(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const parsed = Number(value);
  if (!Number.isFinite(parsed) || parsed < 0) fail(`--${name} must be a non-negative number`);
  return parsed;
}

async function main(): Promise<void> {
  let values: Record<string, string | undefined>;
  try {
    values = parseArgs({
      options: {
        port: { type: "string" },
        db: { type: "string" },
        seed: { type: "string" },
        "random-seed": { type: "string" },
        "token-ttl": { type: "string" },
        "rate-limit": { type: "string" },
      },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
  const seed = values.seed ?? "demo";
  if (!isSeedName(seed)) fail(`unknown seed "${seed}"`);
  const db = values.db ?? ".data/emulator.sqlite";
  const emulator = await startEmulator({
    port: numberFlag("port", values.port, 4010),
    db,
    seed,
    randomSeed: numberFlag("random-seed", values["random-seed"], 1),
    tokenTTL: numberFlag("token-ttl", values["token-ttl"], 3600),
    rateLimit: numberFlag("rate-limit", values["rate-limit"], 40),
  });
  const state = emulator.seeded ? `seed ${seed}` : "existing data kept";
  console.log(`emulator listening on ${emulator.url} (db ${db}, ${state})`);

  const shutdown = (signal: string) => {
    console.log(`emulator: ${signal}, shutting down`);
    emulator.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once("SIGINT", () => shutdown("SIGINT"));
  process.once("SIGTERM", () => shutdown("SIGTERM"));
}

main().catch((error: unknown) => {
  console.error("emulator: failed to start:", error);
  process.exit(1);
});
