import "server-only";
import type { Redis } from "ioredis";
import {
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
  RateLimiterSQLite,
} from "rate-limiter-flexible";
import { env } from "@/lib/env";
import { processWide } from "@/lib/process-wide";
import { redisClient } from "@/lib/storage/redis-client";
import { type SqliteDatabase, sqliteDatabase } from "@/lib/storage/sqlite-database";
import { throttleBucket } from "./client-address";

type LimitOptions = ConstructorParameters<typeof RateLimiterMemory>[0];

/**
 * Limits password guesses per email and per client address, in a store every
 * app process shares (the SQLite file, or Redis when REDIS_URL is set).
 *
 * An attempt is counted before its password is checked, so guesses sent in
 * parallel each use up an attempt; a throttled attempt is answered at once with
 * how long to wait, and never reaches bcrypt.
 *
 * - Per email, 5 attempts per 15 minutes: a person mistypes a few times; a
 *   guesser gets 20 guesses an hour at most, however many addresses they use.
 *   The cost: anyone can lock one email out for 15 minutes. A success clears it.
 * - Per address (an IPv6 client's whole /64), 10 attempts per 15 minutes,
 *   whatever the emails: stops one machine from spraying one password over
 *   many emails. Many people can share
 *   an office address, so a success gives its attempt back and only failures
 *   (and attempts still in flight) use it up. The 11th failure in a window is
 *   throttled.
 *
 * The windows are fixed: they start at a key's first attempt and end 15
 * minutes later, whatever happens in between.
 */
export const signInLimits = {
  email: { keyPrefix: "sign-in-email", points: 5, duration: 15 * 60 },
  address: { keyPrefix: "sign-in-address", points: 10, duration: 15 * 60 },
} as const satisfies Record<string, LimitOptions>;

/** The SQLite table of both limiters (a test can clear it between runs). */
export const throttleTableName = "sign_in_throttle";

/** What the throttle needs from a rate-limiter-flexible limiter. */
export type Limiter = {
  consume(key: string): Promise<RateLimiterRes>;
  reward(key: string): Promise<RateLimiterRes>;
  delete(key: string): Promise<boolean>;
};
export type ThrottleLimiters = { email: Limiter; address: Limiter };

export type SignInAttempt = { email: string; address: string };
export type ThrottleVerdict = { throttled: false } | { throttled: true; retryAfterSeconds: number };

export type SignInThrottle = {
  /** Counts the attempt against both limits; says whether it may go on to the password check. */
  attempt(attempt: SignInAttempt): Promise<ThrottleVerdict>;
  /** After a right password: the email starts afresh and the address gets its attempt back. */
  succeeded(attempt: SignInAttempt): Promise<void>;
};

export function signInThrottleWith(limiters: ThrottleLimiters): SignInThrottle {
  return {
    async attempt({ email, address }) {
      const results = await Promise.allSettled([
        limiters.email.consume(email),
        limiters.address.consume(throttleBucket(address)),
      ]);
      let throttled = false;
      let waitMs = 0;
      for (const result of results) {
        if (result.status === "fulfilled") continue;
        // A limit reached rejects with the counter; anything else is the store failing.
        if (!(result.reason instanceof RateLimiterRes)) throw result.reason;
        throttled = true;
        waitMs = Math.max(waitMs, result.reason.msBeforeNext);
      }
      if (!throttled) return { throttled: false };
      return { throttled: true, retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)) };
    },
    async succeeded({ email, address }) {
      const results = await Promise.allSettled([
        limiters.email.delete(email),
        limiters.address.reward(throttleBucket(address)),
      ]);
      for (const result of results) {
        // The person is signed in either way; a count left behind only expires later.
        if (result.status === "rejected") {
          console.error("sign-in throttle: reset failed", result.reason);
        }
      }
    },
  };
}

// If the store fails mid-request, each process counts in its own memory
// rather than letting every guess through or refusing every sign-in.
const insured = (limit: LimitOptions) => ({
  ...limit,
  insuranceLimiter: new RateLimiterMemory(limit),
});

/** Both limiters on one SQLite connection; resolves once their table exists. */
export async function sqliteLimiters(db: SqliteDatabase): Promise<ThrottleLimiters> {
  const [email, address] = await Promise.all([
    sqliteLimiter(db, signInLimits.email),
    sqliteLimiter(db, signInLimits.address),
  ]);
  return { email, address };
}

function sqliteLimiter(db: SqliteDatabase, limit: LimitOptions): Promise<Limiter> {
  return new Promise((resolve, reject) => {
    const options = {
      ...insured(limit),
      storeClient: db,
      storeType: "better-sqlite3",
      tableName: throttleTableName,
      clearExpiredByTimeout: true,
    };
    // The table is created after the constructor returns; until the callback a consume fails.
    const limiter: RateLimiterSQLite = new RateLimiterSQLite(options, (error) =>
      error ? reject(error) : resolve(limiter),
    );
  });
}

export function redisLimiters(client: Redis): ThrottleLimiters {
  const limiter = (limit: LimitOptions) =>
    new RateLimiterRedis({
      ...insured(limit),
      storeClient: client,
      // While Redis is unreachable, count in memory at once instead of queueing behind reconnects.
      rejectIfRedisNotReady: true,
    });
  return { email: limiter(signInLimits.email), address: limiter(signInLimits.address) };
}

/** The process's throttle: Redis when REDIS_URL is set, else the DATA_DB_PATH database. */
export function signInThrottle(): Promise<SignInThrottle> {
  const slot = processWide("auth.sign-in-throttle", () => ({
    current: undefined as Promise<SignInThrottle> | undefined,
  }));
  slot.current ??= openSignInThrottle().catch((error: unknown) => {
    // Let the next sign-in try again rather than remember the failure.
    slot.current = undefined;
    throw error;
  });
  return slot.current;
}

async function openSignInThrottle(): Promise<SignInThrottle> {
  const { REDIS_URL, DATA_DB_PATH } = env();
  const limiters = REDIS_URL
    ? redisLimiters(redisClient(REDIS_URL))
    : await sqliteLimiters(sqliteDatabase(DATA_DB_PATH));
  return signInThrottleWith(limiters);
}
