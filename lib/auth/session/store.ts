import type { SessionRecord } from "./record";

/**
 * Where sessions live: SQLite by default (sqlite-session-store.ts), Redis when
 * REDIS_URL is set (redis-session-store.ts), so several app instances share
 * them. Records are sealed at rest by the implementation. Each change is
 * atomic: `update` reads, changes and writes in one transaction, so two
 * requests of one session never lose each other's tokens.
 */
export type RecordChange = (record: SessionRecord) => SessionRecord | undefined;

export interface SessionStore {
  get(id: string): Promise<SessionRecord | undefined>;
  /** Creates or replaces; the record disappears at `expiresAt` (Unix seconds). */
  put(record: SessionRecord, expiresAt: number): Promise<void>;
  /**
   * Applies `change` atomically. `change` returning undefined writes nothing.
   * Resolves to the record before and after (both undefined when there was none).
   */
  update(
    id: string,
    change: RecordChange,
  ): Promise<{ before?: SessionRecord; after?: SessionRecord }>;
  /** The IDs of every stored session of one person. */
  idsFor(email: string): Promise<string[]>;
  /**
   * A lock shared by every instance using the store, held for at most `ttlMs`
   * (a crashed holder cannot block the others for longer): the release
   * function when this caller got it, undefined when someone else holds it.
   */
  tryLock(key: string, ttlMs: number): Promise<Release | undefined>;
}

export type Release = () => Promise<void>;
