/**
 * Goals are judged within a round, where drift in the machine's speed lands
 * on every scenario alike: per round, a formula over that round's p50s, and
 * the median of those per-round values.
 */
import type { Collected } from "../measure";
import { summarize } from "../stats";

/** A page's time is its TTFB or its whole response; an SDK call's is the whole call (ttfbMs = ms there). */
export type Timing = "ms" | "ttfbMs";

/** The p50 of one scenario in the round at hand; the whole response unless told. */
export type RoundP50 = (name: string, timing?: Timing) => number;

export const p50 = (samples: number[]) => summarize(samples).p50;

export function perRound(
  latency: Map<string, Collected>,
  formula: (p50Of: RoundP50) => number,
): number[] {
  const rounds = Math.max(0, ...[...latency.values()].map((entry) => entry.rounds.length));
  return Array.from({ length: rounds }, (_, round) =>
    formula((name, timing = "ms") => {
      const samples = latency.get(name)?.rounds[round];
      return samples ? p50(samples.map((sample) => sample[timing])) : Number.NaN;
    }),
  );
}
