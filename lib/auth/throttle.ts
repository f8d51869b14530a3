/**
 * Slows down repeated failed sign-ins per email and per client IP, in memory.
 * After `free` failures each further attempt waits twice as long as the one
 * before, up to `maxDelayMs`; failures older than `windowMs` are forgotten.
 */
export type ThrottleOptions = {
  free: number;
  baseDelayMs: number;
  maxDelayMs: number;
  windowMs: number;
};

type Entry = { failures: number; last: number };

export class FailureThrottle {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly options: ThrottleOptions) {}

  delayFor(key: string, now = Date.now()): number {
    const entry = this.current(key, now);
    if (!entry) return 0;
    const over = entry.failures - this.options.free;
    if (over < 0) return 0;
    return Math.min(this.options.baseDelayMs * 2 ** over, this.options.maxDelayMs);
  }

  recordFailure(key: string, now = Date.now()): void {
    const entry = this.current(key, now);
    this.entries.set(key, { failures: (entry?.failures ?? 0) + 1, last: now });
    if (this.entries.size > 10_000) this.prune(now);
  }

  reset(key: string): void {
    this.entries.delete(key);
  }

  private current(key: string, now: number): Entry | undefined {
    const entry = this.entries.get(key);
    if (entry && now - entry.last > this.options.windowMs) {
      this.entries.delete(key);
      return undefined;
    }
    return entry;
  }

  private prune(now: number): void {
    for (const [key, entry] of this.entries) {
      if (now - entry.last > this.options.windowMs) this.entries.delete(key);
    }
  }
}

/** One email: slowed after 3 failures. One IP (many people behind it): after 10. */
export const emailThrottle = new FailureThrottle({
  free: 3,
  baseDelayMs: 1_000,
  maxDelayMs: 15_000,
  windowMs: 15 * 60_000,
});
export const ipThrottle = new FailureThrottle({
  free: 10,
  baseDelayMs: 1_000,
  maxDelayMs: 15_000,
  windowMs: 15 * 60_000,
});
