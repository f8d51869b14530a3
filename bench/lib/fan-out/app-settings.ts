/**
 * The app's setting the fan-out bound depends on. lib/env.ts is server-only
 * (the bench cannot import it), so its default is read from its source; a
 * value in the bench's own environment is passed to the app and wins.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { root } from "../processes";

export function allAccountsConcurrency(): number {
  const fromEnv = process.env.ALL_ACCOUNTS_CONCURRENCY;
  if (fromEnv) return Number(fromEnv);
  const source = readFileSync(path.join(root, "lib/env.ts"), "utf8");
  const match = /ALL_ACCOUNTS_CONCURRENCY:[^\n]*\.default\((\d+)\)/.exec(source);
  if (!match?.[1]) throw new Error("no default for ALL_ACCOUNTS_CONCURRENCY found in lib/env.ts");
  return Number(match[1]);
}
