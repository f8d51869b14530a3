import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { ensureBuild } from "../../scripts/ensure-build";
import { root } from "./processes";

/** The bench's own build, beside the demo's and the E2E run's. */
export const benchDistDir = ".next-bench";

/**
 * `next build` with a non-default dist dir adds that dir's types to
 * tsconfig.json; the file is put back as it was, so a bench run leaves the
 * checkout unchanged.
 */
export function buildKeepingTsconfig(distDir = benchDistDir): void {
  const tsconfig = path.join(root, "tsconfig.json");
  const before = readFileSync(tsconfig, "utf8");
  try {
    ensureBuild(distDir);
  } finally {
    if (readFileSync(tsconfig, "utf8") !== before) writeFileSync(tsconfig, before);
  }
}
