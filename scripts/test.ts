/**
 * `npm test`: typecheck → lint → unit tests → E2E, stopping at the first stage
 * that fails, then one closing line `N passed, N failed` counting every unit
 * and E2E test that ran (a failed typecheck or lint stage counts as one failure,
 * so a red run can never print "0 failed"), followed by `, N skipped` when
 * any test was skipped. A flaky test (one that passed only on a retry) counts
 * as failed: Playwright runs without retries, and this count would not hide one.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

const root = path.resolve(import.meta.dirname, "..");
const bin = (name: string) => path.join(root, "node_modules/.bin", name);
const results = path.join(root, "test-results");
const unitReport = path.join(results, "unit-results.json");
const e2eReport = path.join(results, "e2e-results.json");

type Tally = { passed: number; failed: number; skipped: number };
type Stage = { name: string; run: () => number; count?: () => Tally };

function run(command: string, args: string[], env: Record<string, string> = {}): number {
  const result = spawnSync(command, args, {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env },
  });
  return result.status ?? 1;
}

const vitestReport = z.object({
  numPassedTests: z.number(),
  numFailedTests: z.number(),
  numPendingTests: z.number(),
  numTodoTests: z.number(),
});
const playwrightReport = z.object({
  stats: z.object({
    expected: z.number(),
    unexpected: z.number(),
    flaky: z.number(),
    skipped: z.number(),
  }),
});

function readReport<T>(file: string, schema: z.ZodType<T>): T | undefined {
  if (!existsSync(file)) return undefined;
  const parsed = schema.safeParse(JSON.parse(readFileSync(file, "utf8")));
  return parsed.success ? parsed.data : undefined;
}

const stages: Stage[] = [
  { name: "typecheck", run: () => run(bin("tsc"), ["--noEmit"]) },
  { name: "lint", run: () => run("npm", ["run", "--silent", "lint"]) },
  {
    name: "unit",
    run: () =>
      run(bin("vitest"), [
        "run",
        "--reporter=default",
        "--reporter=json",
        `--outputFile=${unitReport}`,
      ]),
    count: () => {
      const report = readReport(unitReport, vitestReport);
      return report
        ? {
            passed: report.numPassedTests,
            failed: report.numFailedTests,
            skipped: report.numPendingTests + report.numTodoTests,
          }
        : { passed: 0, failed: 1, skipped: 0 };
    },
  },
  {
    name: "e2e",
    run: () => {
      const build = run(bin("tsx"), ["scripts/ensure-build.ts"], {
        NEXT_DIST_DIR: process.env.E2E_DIST_DIR ?? ".next",
      });
      return build === 0 ? run(bin("playwright"), ["test"]) : build;
    },
    count: () => {
      const report = readReport(e2eReport, playwrightReport);
      if (!report) return { passed: 0, failed: 1, skipped: 0 };
      if (report.stats.flaky > 0) {
        console.error(`\n✗ ${report.stats.flaky} flaky test(s): counted as failed.`);
      }
      return {
        passed: report.stats.expected,
        failed: report.stats.unexpected + report.stats.flaky,
        skipped: report.stats.skipped,
      };
    },
  },
];

const only = process.argv.slice(2);
mkdirSync(results, { recursive: true });
rmSync(unitReport, { force: true });
rmSync(e2eReport, { force: true });

const total: Tally = { passed: 0, failed: 0, skipped: 0 };
let exitCode = 0;
for (const stage of stages) {
  if (only.length > 0 && !only.includes(stage.name)) continue;
  console.log(`\n━━ ${stage.name} ━━`);
  const code = stage.run();
  const tally = stage.count?.() ?? { passed: 0, failed: code === 0 ? 0 : 1, skipped: 0 };
  if (code !== 0 && tally.failed === 0) tally.failed = 1;
  total.passed += tally.passed;
  total.failed += tally.failed;
  total.skipped += tally.skipped;
  if (code !== 0) {
    console.error(`\n✗ ${stage.name} failed; later stages were not run.`);
    exitCode = code;
    break;
  }
}

const skipped = total.skipped > 0 ? `, ${total.skipped} skipped` : "";
console.log(`\n${total.passed} passed, ${total.failed} failed${skipped}`);
process.exit(exitCode);
