/**
 * Weeks for the overview's "opened vs closed" chart: Monday 00:00 UTC to the
 * next Monday (ISO-8601 weeks, in UTC whatever the viewer's zone, so every
 * agent and the tests count the same tickets in the same week). The current
 * week, still running, is the last of the twelve.
 */
export const weeksShown = 12;
const dayMs = 24 * 60 * 60 * 1000;
const weekMs = 7 * dayMs;

export type Week = { start: number; end: number };

/** Monday 00:00 UTC of the week holding `at`. */
export function mondayOf(at: number): number {
  const midnight = Math.floor(at / dayMs) * dayMs;
  // getUTCDay(): 0 is Sunday; Monday-based offset 0..6.
  const offset = (new Date(midnight).getUTCDay() + 6) % 7;
  return midnight - offset * dayMs;
}

/** The last `count` weeks up to and including the one holding `now`, oldest first. */
export function weeksEndingAt(now: number, count = weeksShown): Week[] {
  const current = mondayOf(now);
  return Array.from({ length: count }, (_, index) => {
    const start = current - (count - 1 - index) * weekMs;
    return { start, end: start + weekMs };
  });
}

/** Where the weekly window begins: tickets created before it are not read for the chart. */
export function windowStart(now: number, count = weeksShown): number {
  return mondayOf(now) - (count - 1) * weekMs;
}
