export type AuthScheme = "basic" | "bearer" | "none";

export type JournalEntry = {
  at: string;
  method: string;
  path: string;
  query: Record<string, string>;
  status: number;
  /** The version that served the request (absent when the header was malformed). */
  version?: string;
  /** The raw X-Moov-Version header, if any. */
  requestedVersion?: string;
  authScheme: AuthScheme;
  tokenScopes?: string[];
  /** The Bearer token's lifetime as issued, in seconds (never the token itself). */
  tokenLifetimeSeconds?: number;
  /**
   * The first hex digits of the Bearer token's SHA-256: which calls one token
   * made (tests tell one session's calls from another person's on the same
   * account), never the token itself.
   */
  tokenID?: string;
  accountID?: string;
  /** The public key of the key pair behind the call (never the private key or token). */
  clientID?: string;
  requestID: string;
  durationMs: number;
  /** Set when a fault rule answered instead of the emulator. */
  faultID?: string;
  /** The request was handled (status is what it would have answered) but the answer was dropped. */
  answerDropped?: boolean;
};

const secretQueryKeys = /secret|token|password|key/i;

export function redactQuery(params: URLSearchParams): Record<string, string> {
  const query: Record<string, string> = {};
  for (const [key, value] of params) query[key] = secretQueryKeys.test(key) ? "[redacted]" : value;
  return query;
}

/** A ring buffer of the last N Moov API requests, oldest first. */
export class Journal {
  private entries: JournalEntry[] = [];

  constructor(private size: number) {}

  resize(size: number): void {
    this.size = size;
    this.trim();
  }

  record(entry: JournalEntry): void {
    this.entries.push(entry);
    this.trim();
  }

  list(options: { limit?: number; since?: string } = {}): JournalEntry[] {
    let entries = this.entries;
    if (options.since) {
      const since = Date.parse(options.since);
      entries = entries.filter((entry) => Date.parse(entry.at) > since);
    }
    if (options.limit !== undefined) entries = entries.slice(-options.limit);
    return [...entries];
  }

  clear(): void {
    this.entries = [];
  }

  private trim(): void {
    if (this.entries.length > this.size) this.entries = this.entries.slice(-this.size);
  }
}
