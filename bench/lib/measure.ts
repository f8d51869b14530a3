/**
 * Runs measured operations side by side: every round runs each scenario's
 * block of samples, in an order rotated from round to round, so drift in the
 * machine's speed lands on every scenario alike and ratios can be taken
 * within a round.
 */
import { type Summary, summarize } from "./stats";

export type Sample = { ms: number; ttfbMs: number; ok: boolean; note?: string };
export type Operation = (index: number) => Promise<Sample>;
export type Scenario = { name: string; run: Operation; samplesPerRound?: number };

export type Collected = {
  /** every sample of every round */
  samples: Sample[];
  /** per round, the samples of that round */
  rounds: Sample[][];
  failures: string[];
};

export async function timed(
  run: () => Promise<{ ok: boolean; ttfbMs?: number; note?: string }>,
): Promise<Sample> {
  const started = performance.now();
  const result = await run();
  const ms = performance.now() - started;
  return { ms, ttfbMs: result.ttfbMs ?? ms, ok: result.ok, note: result.note };
}

export async function sideBySide(
  scenarios: Scenario[],
  options: {
    rounds: number;
    samplesPerRound: number;
    warmup: number;
    onRound?: (round: number) => void;
  },
): Promise<Map<string, Collected>> {
  const collected = new Map<string, Collected>(
    scenarios.map((scenario) => [scenario.name, { samples: [], rounds: [], failures: [] }]),
  );
  const counters = new Map<string, number>(scenarios.map((scenario) => [scenario.name, 0]));
  const next = (name: string) => {
    const value = counters.get(name) ?? 0;
    counters.set(name, value + 1);
    return value;
  };
  for (const scenario of scenarios) {
    for (let i = 0; i < options.warmup; i++) await scenario.run(next(scenario.name));
  }
  for (let round = 0; round < options.rounds; round++) {
    options.onRound?.(round);
    const order = scenarios.map((_, i) => scenarios[(i + round) % scenarios.length] as Scenario);
    for (const scenario of order) {
      const entry = collected.get(scenario.name) as Collected;
      const samples: Sample[] = [];
      const count = scenario.samplesPerRound ?? options.samplesPerRound;
      for (let i = 0; i < count; i++) {
        const sample = await scenario.run(next(scenario.name));
        samples.push(sample);
        if (!sample.ok) entry.failures.push(sample.note ?? "failed");
      }
      entry.rounds.push(samples);
      entry.samples.push(...samples);
    }
  }
  return collected;
}

export type Load = {
  requests: number;
  seconds: number;
  rps: number;
  ttfb: Summary;
  /** The whole response (for an SDK call, the same as ttfb). */
  whole: Summary;
  failures: string[];
};

/** `requests` operations with `concurrency` in flight at once. */
export async function underLoad(
  run: Operation,
  concurrency: number,
  requests: number,
): Promise<Load> {
  const samples: Sample[] = [];
  const failures: string[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < requests) {
        const sample = await run(next++);
        samples.push(sample);
        if (!sample.ok) failures.push(sample.note ?? "failed");
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  return {
    requests,
    seconds,
    rps: requests / seconds,
    ttfb: summarize(samples.map((sample) => sample.ttfbMs)),
    whole: summarize(samples.map((sample) => sample.ms)),
    failures,
  };
}
