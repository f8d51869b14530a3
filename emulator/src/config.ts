/** Settings a test may change while the emulator runs (PUT /_emulator/config). */
export type RuntimeConfig = {
  /** Access-token lifetime in seconds (fractions allowed so tests can expire one quickly). */
  tokenTTL: number;
  /**
   * Per-account access-token lifetimes in seconds: a token whose scopes name one
   * of these accounts lives that long (the shortest, if several). Lets one test
   * age its own account's tokens without touching anyone else's.
   */
  tokenTTLForAccounts: Record<string, number>;
  /** Refresh-token lifetime in seconds. */
  refreshTokenTTL: number;
  /** Requests per second per (caller, account); 0 turns rate limiting off. */
  rateLimit: number;
  /** First webhook retry delay; each retry doubles it. */
  webhookRetryBaseMs: number;
  /** Attempts per webhook event before it is marked failed. */
  webhookMaxAttempts: number;
  /** How many requests the journal keeps. */
  journalSize: number;
};

export const defaultConfig: RuntimeConfig = {
  tokenTTL: 3600,
  tokenTTLForAccounts: {},
  refreshTokenTTL: 30 * 24 * 3600,
  rateLimit: 40,
  webhookRetryBaseMs: 1000,
  webhookMaxAttempts: 6,
  journalSize: 1000,
};
