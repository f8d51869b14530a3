/**
 * Loopback throughput of the Moov emulator with the `large` seed:
 * GET one ticket and list a page of 50, at concurrency 10, a bounded number of
 * requests each. Run: npx tsx bench/emulator-bench.ts  (not a test).
 */
import { largeTicketsAccountID } from "../emulator/src/seed/large.js";
import { startEmulator } from "../emulator/src/server.js";

const workConcurrency = 10;
const requestCount = 3000;
const auth = `Basic ${Buffer.from("pk_atlas_large:sk_atlas_large_8d2b6f").toString("base64")}`;
const requestHeaders = { authorization: auth, "x-moov-version": "v2026.04.00" };

type Result = { name: string; seconds: number; latencies: number[]; failures: number };

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

async function run(name: string, urlFor: (i: number) => string): Promise<Result> {
  const latencies: number[] = [];
  let failures = 0;
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: workConcurrency }, async () => {
      while (next < requestCount) {
        const i = next++;
        const t0 = performance.now();
        const response = await fetch(urlFor(i), { headers: requestHeaders });
        await response.arrayBuffer();
        latencies.push(performance.now() - t0);
        if (response.status !== 200) failures++;
      }
    }),
  );
  return { name, seconds: (performance.now() - started) / 1000, latencies, failures };
}

function report(result: Result): void {
  const sorted = [...result.latencies].sort((a, b) => a - b);
  const rps = Math.round(result.latencies.length / result.seconds);
  console.log(
    `${result.name.padEnd(6)} ${String(rps).padStart(6)} req/s  p50 ${percentile(sorted, 50).toFixed(2)} ms  ` +
      `p95 ${percentile(sorted, 95).toFixed(2)} ms  (${result.latencies.length} requests, ${result.failures} non-200)`,
  );
}

async function main(): Promise<void> {
  const seedStarted = performance.now();
  const emulator = await startEmulator({ port: 0, db: ":memory:", seed: "large", rateLimit: 0 });
  console.log(
    `large seed ready in ${Math.round(performance.now() - seedStarted)} ms at ${emulator.url}`,
  );
  try {
    const base = `${emulator.url}/accounts/${largeTicketsAccountID}/tickets`;
    const page = (await (
      await fetch(`${base}?count=1000`, { headers: requestHeaders })
    ).json()) as {
      items: Array<{ ticketID: string }>;
    };
    const ids = page.items.map((ticket) => ticket.ticketID);
    // Warm-up so the first numbers are not JIT and connection setup.
    await run("warmup", () => `${base}?count=50`);
    report(await run("get", (i) => `${base}/${ids[i % ids.length] ?? ""}`));
    report(await run("list", () => `${base}?count=50`));
  } finally {
    await emulator.close();
  }
}

await main();
