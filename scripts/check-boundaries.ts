/**
 * Keeps imports flowing one way: the app (app/, components/, lib/, proxy.ts …)
 * never imports the emulator, and the emulator never imports the app. The
 * emulator stands in for Moov; if either side reached into the other, the
 * tests would no longer prove the app works against a separate server.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const sourceFile = /\.(ts|tsx|mts|cts|js|mjs)$/;
const skipped = new Set([
  "node_modules",
  ".next",
  ".data",
  ".git",
  "test-results",
  "playwright-report",
]);
const importPattern =
  /(?:import|export)\s[^'"]*?from\s*["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)|require\(\s*["']([^"']+)["']\s*\)|^\s*import\s*["']([^"']+)["']/gm;
const appFolders = ["app", "components", "lib"];

function* walk(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    if (skipped.has(name)) continue;
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) yield* walk(full);
    else if (sourceFile.test(name)) yield full;
  }
}

function topFolder(file: string): string {
  return path.relative(root, file).split(path.sep)[0] ?? "";
}

function resolveTarget(specifier: string, from: string): string | undefined {
  if (specifier.startsWith("@/")) return path.join(root, specifier.slice(2));
  if (specifier.startsWith(".")) return path.resolve(path.dirname(from), specifier);
  return undefined;
}

const violations: string[] = [];
for (const file of walk(root)) {
  const side = topFolder(file);
  const isEmulator = side === "emulator";
  const isApp = appFolders.includes(side) || path.dirname(file) === root;
  if (!isEmulator && !isApp) continue;
  const text = readFileSync(file, "utf8");
  for (const match of text.matchAll(importPattern)) {
    const specifier = match[1] ?? match[2] ?? match[3] ?? match[4];
    if (!specifier) continue;
    const target = resolveTarget(specifier, file);
    if (!target) continue;
    const targetSide = topFolder(target);
    const crossesIntoEmulator = isApp && targetSide === "emulator";
    const crossesIntoApp =
      isEmulator && (appFolders.includes(targetSide) || path.dirname(target) === root);
    if (crossesIntoEmulator || crossesIntoApp) {
      violations.push(`${path.relative(root, file)} imports "${specifier}"`);
    }
  }
}

if (violations.length > 0) {
  console.error("Import boundary broken (the app and emulator/ must not import each other):");
  for (const line of violations) console.error(`  - ${line}`);
  process.exit(1);
}
console.log("boundaries: app and emulator/ stay apart");
