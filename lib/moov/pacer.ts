/**
 * Keeps the app under Moov's rate limit instead of running into it: Moov
 * allows a number of calls per second per caller and account (40 in
 * production) and answers 429 beyond that. Each account gets a token bucket
 * per process; a call that would exceed it waits for its turn (bounded by the
 * call's own deadline). The token endpoint, which names no account, has a
 * bucket of its own: a partner's first view of 200 accounts mints 200 tokens.
 * A 429 that still happens (another instance, another tool on the same key)
 * is waited out by resilient-fetch.ts within the call's budget.
 */
export type Pacer = {
  /** Resolves when a call about `key` may go; rejects when `signal` aborts first. */
  acquire(key: string, signal?: AbortSignal): Promise<void>;
};

type Bucket = { tokens: number; updatedMs: number; queue: Promise<void> };

export function createPacer(ratePerSecond: number, now: () => number = Date.now): Pacer {
  const buckets = new Map<string, Bucket>();

  const waitFor = (ms: number, signal?: AbortSignal) =>
    new Promise<void>((resolve, reject) => {
      if (signal?.aborted) return reject(signal.reason);
      const timer = setTimeout(() => {
        signal?.removeEventListener("abort", onAbort);
        resolve();
      }, ms);
      const onAbort = () => {
        clearTimeout(timer);
        reject(signal?.reason);
      };
      signal?.addEventListener("abort", onAbort, { once: true });
    });

  /** Takes one token, waiting until the bucket has refilled enough. */
  async function take(bucket: Bucket, signal?: AbortSignal): Promise<void> {
    for (;;) {
      const at = now();
      bucket.tokens = Math.min(
        ratePerSecond,
        bucket.tokens + ((at - bucket.updatedMs) / 1000) * ratePerSecond,
      );
      bucket.updatedMs = at;
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return;
      }
      await waitFor(Math.ceil(((1 - bucket.tokens) / ratePerSecond) * 1000), signal);
    }
  }

  return {
    acquire(key, signal) {
      if (ratePerSecond <= 0) return Promise.resolve();
      let bucket = buckets.get(key);
      if (!bucket) {
        bucket = { tokens: ratePerSecond, updatedMs: now(), queue: Promise.resolve() };
        buckets.set(key, bucket);
      }
      const current = bucket;
      // First come, first served: each caller waits behind the ones before it.
      const turn = current.queue.then(() => take(current, signal));
      current.queue = turn.catch(() => undefined);
      return turn;
    },
  };
}

const accountPath = /^\/accounts\/([^/]+)/;

/** Which bucket a Moov call draws from: its account, the token endpoint, or none. */
export function pacingKey(url: string): string | undefined {
  const { pathname } = new URL(url);
  if (pathname.startsWith("/oauth2/")) return "oauth2";
  return accountPath.exec(pathname)?.[1];
}
