export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

type Bucket = { tokens: number; updatedMs: number };

/**
 * A token bucket per key: `rate` requests per second with bursts up to `rate`,
 * like Moov's per-caller-per-account limit.
 */
export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();

  constructor(private rate: number) {}

  setRate(rate: number): void {
    this.rate = rate;
    this.buckets.clear();
  }

  take(key: string, nowMs = Date.now()): RateDecision {
    if (this.rate <= 0) return { allowed: true };
    const bucket = this.buckets.get(key) ?? { tokens: this.rate, updatedMs: nowMs };
    bucket.tokens = Math.min(
      this.rate,
      bucket.tokens + ((nowMs - bucket.updatedMs) / 1000) * this.rate,
    );
    bucket.updatedMs = nowMs;
    this.buckets.set(key, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return { allowed: true };
    }
    const waitSeconds = (1 - bucket.tokens) / this.rate;
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(waitSeconds)) };
  }

  clear(): void {
    this.buckets.clear();
  }
}
