import { existsSync } from "node:fs";
import { chromium, defineConfig, devices } from "@playwright/test";
import { e2eDataDir, e2eEnvironment, e2ePorts, e2eUsersFile } from "./e2e/fixtures/environment";

/** --headed, --ui and --debug show a window: only the full browser has one. */
const wantsWindow =
  process.argv.some((arg) => ["--headed", "--ui", "--debug"].includes(arg)) ||
  Boolean(process.env.PWDEBUG);

/**
 * Browser choice: Playwright's own Chromium when it is installed (it runs its
 * headless shell by itself), else CHROMIUM_PATH, else the operating system's
 * headless shell, else its full Chromium, else stop with the ways to get one.
 * The headless shell is the same engine without the browser around it: on the
 * 2-core machine it took about half the CPU for the same tests (tickets/errors
 * and close: 50 s of browser CPU instead of 102 s), and the suite is CPU-bound.
 */
function chromiumExecutable(): string | undefined {
  const bundled = chromium.executablePath();
  if (bundled && existsSync(bundled)) return undefined;
  const candidates = process.env.CHROMIUM_PATH
    ? [process.env.CHROMIUM_PATH]
    : [...(wantsWindow ? [] : ["/usr/bin/chromium-headless-shell"]), "/usr/bin/chromium"];
  const found = candidates.find((candidate) => existsSync(candidate));
  if (found) return found;
  throw new Error(
    "No Chromium found for the E2E tests. Install one of:\n" +
      "  npx playwright install chromium   (Playwright's own build)\n" +
      "  apt-get install -y chromium-headless-shell chromium   (the OS packages, used from /usr/bin)",
  );
}

const executablePath = chromiumExecutable();
const isCI = Boolean(process.env.CI);

export default defineConfig({
  testDir: "./e2e",
  outputDir: "./test-results/e2e",
  forbidOnly: isCI,
  // No retries anywhere: a test that passes only on a second try is a failing test.
  retries: 0,
  failOnFlakyTests: true,
  workers: 2,
  fullyParallel: true,
  timeout: 30_000,
  expect: { timeout: 7_000 },
  reporter: [
    ["list"],
    ["json", { outputFile: "test-results/e2e-results.json" }],
    ["html", { open: "never", outputFolder: "playwright-report" }],
  ],
  use: {
    baseURL: `http://127.0.0.1:${e2ePorts.app}`,
    // A failed test keeps its trace: actions, network, console and sources. Recording DOM
    // snapshots and screenshots for every test cost about a quarter of the run's CPU
    // (tickets/errors + close: 77 s -> 60 s); `--trace retain-on-failure` brings them back.
    trace: { mode: "retain-on-failure", screenshots: false, snapshots: false },
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath,
      args: executablePath
        ? [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
          ]
        : [],
    },
  },
  projects: [
    { name: "setup", testMatch: /setup\/.*\.setup\.ts$/ },
    {
      name: "chromium",
      use: { ...devices["Desktop Chrome"] },
      dependencies: ["setup"],
      testIgnore: /setup\/.*\.setup\.ts$/,
    },
  ],
  webServer: [
    {
      name: "emulator",
      command: `node_modules/.bin/tsx emulator/src/main.ts --port ${e2ePorts.emulator} --db :memory: --seed demo --rate-limit 500`,
      url: `http://127.0.0.1:${e2ePorts.emulator}/ping`,
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: "ignore",
      stderr: "pipe",
    },
    {
      name: "app",
      // A fresh data folder each run: sessions and the sign-in throttle start empty. The users
      // file is the demo's people and passwords hashed at a low bcrypt cost (see the script).
      command: [
        "node_modules/.bin/tsx scripts/ensure-build.ts",
        `rm -rf ${e2eDataDir}`,
        `mkdir -p ${e2eDataDir}`,
        `node_modules/.bin/tsx scripts/e2e-users-file.ts ${e2eUsersFile}`,
        `node_modules/.bin/next start --port ${e2ePorts.app} --hostname 127.0.0.1`,
      ].join(" && "),
      url: `http://127.0.0.1:${e2ePorts.app}/api/health`,
      reuseExistingServer: false,
      timeout: 360_000,
      env: e2eEnvironment(),
      stdout: "ignore",
      stderr: "pipe",
    },
  ],
});
