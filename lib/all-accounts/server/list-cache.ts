import "server-only";
import { createHash } from "node:crypto";
import type { Redis } from "ioredis";
import { z } from "zod";
import type { Cipher } from "@/lib/auth/session/cipher";
import type { SqliteDatabase } from "@/lib/storage/sqlite-database";
import { ticketSchema } from "@/lib/tickets/dto";

/**
 * Moov's answers to ticket-list calls, kept per account so a view across 200
 * accounts does not read 200 accounts again a moment later. Three rules keep
 * it true:
 * - an entry lives at most the configured maximum age;
 * - a webhook about an account (or a write through the app) drops every entry
 *   of that account by moving it to a new generation; a read that started
 *   before the drop stores under the old generation, which nobody reads;
 * - the cache holds Moov's data, never a permission: callers check that the
 *   person may act for the account before serving an entry.
 * Entries are sealed with the session key (ticket titles and contacts are
 * customer data at rest).
 */
export const cachedPageSchema = z.object({
  items: z.array(ticketSchema),
  next: z.string().optional(),
  requestId: z.string().optional(),
  /** ms since the epoch: when Moov answered */
  readAt: z.number(),
});
export type CachedPage = z.infer<typeof cachedPageSchema>;

export type ListCache = {
  /** The account's current generation: pass it back to `set` with what was read. */
  generation(accountID: string): Promise<number>;
  get(accountID: string, key: string, maxAgeMs: number): Promise<CachedPage | undefined>;
  set(accountID: string, key: string, generation: number, page: CachedPage): Promise<void>;
  /** Everything kept about the account is stale from now on. */
  invalidate(accountID: string): Promise<void>;
};

const boundTo = (accountID: string, key: string) => `list-cache|${accountID}|${key}`;

function openPage(cipher: Cipher, sealed: string, accountID: string, key: string) {
  try {
    const parsed = cachedPageSchema.safeParse(
      JSON.parse(cipher.open(sealed, boundTo(accountID, key))),
    );
    return parsed.success ? parsed.data : undefined;
  } catch {
    // A key change or a tampered row reads as a miss.
    return undefined;
  }
}

export class SqliteListCache implements ListCache {
  private readonly selectGeneration;
  private readonly selectPage;
  private readonly upsertPage;
  private readonly bumpGeneration;
  private readonly deletePages;
  private readonly purge;
  private writes = 0;

  constructor(
    private readonly db: SqliteDatabase,
    private readonly cipher: Cipher,
  ) {
    db.exec(`
      CREATE TABLE IF NOT EXISTS list_cache_generations (
        account_id TEXT PRIMARY KEY,
        generation INTEGER NOT NULL
      );
      CREATE TABLE IF NOT EXISTS list_cache (
        account_id TEXT NOT NULL,
        key TEXT NOT NULL,
        generation INTEGER NOT NULL,
        read_at INTEGER NOT NULL,
        data TEXT NOT NULL,
        PRIMARY KEY (account_id, key)
      );
    `);
    this.selectGeneration = db.prepare<[string], { generation: number }>(
      "SELECT generation FROM list_cache_generations WHERE account_id = ?",
    );
    this.selectPage = db.prepare<
      [string, string, string, number],
      { data: string; read_at: number }
    >(
      `SELECT data, read_at FROM list_cache
       WHERE account_id = ? AND key = ?
         AND generation = COALESCE((SELECT generation FROM list_cache_generations WHERE account_id = ?), 0)
         AND read_at >= ?`,
    );
    this.upsertPage = db.prepare(
      `INSERT INTO list_cache (account_id, key, generation, read_at, data)
       SELECT @account, @key, @generation, @readAt, @data
       WHERE @generation = COALESCE((SELECT generation FROM list_cache_generations WHERE account_id = @account), 0)
       ON CONFLICT (account_id, key) DO UPDATE SET
         generation = excluded.generation, read_at = excluded.read_at, data = excluded.data`,
    );
    this.bumpGeneration = db.prepare(
      `INSERT INTO list_cache_generations (account_id, generation) VALUES (?, 1)
       ON CONFLICT (account_id) DO UPDATE SET generation = generation + 1`,
    );
    this.deletePages = db.prepare("DELETE FROM list_cache WHERE account_id = ?");
    this.purge = db.prepare("DELETE FROM list_cache WHERE read_at < ?");
  }

  async generation(accountID: string): Promise<number> {
    return this.selectGeneration.get(accountID)?.generation ?? 0;
  }

  async get(accountID: string, key: string, maxAgeMs: number): Promise<CachedPage | undefined> {
    const row = this.selectPage.get(accountID, key, accountID, Date.now() - maxAgeMs);
    return row ? openPage(this.cipher, row.data, accountID, key) : undefined;
  }

  async set(accountID: string, key: string, generation: number, page: CachedPage): Promise<void> {
    const data = this.cipher.seal(JSON.stringify(page), boundTo(accountID, key));
    this.upsertPage.run({ account: accountID, key, generation, readAt: page.readAt, data });
    // Now and then, rows past any sensible age go (an hour: the largest allowed maximum age).
    if (++this.writes % 200 === 0) this.purge.run(Date.now() - 3_600_000);
  }

  async invalidate(accountID: string): Promise<void> {
    this.db.transaction(() => {
      this.bumpGeneration.run(accountID);
      this.deletePages.run(accountID);
    })();
  }
}

/**
 * Redis: the generation is a counter per account and part of every entry's
 * key, so a drop is one INCR; entries of older generations are never read
 * again and expire on their own (PX = the maximum age).
 */
export class RedisListCache implements ListCache {
  constructor(
    private readonly redis: Redis,
    private readonly cipher: Cipher,
    private readonly maxAgeMs: number,
  ) {}

  private readonly generationKey = (accountID: string) => `sd:list-gen:${accountID}`;
  private entryKey(accountID: string, key: string, generation: number) {
    const digest = createHash("sha256").update(key).digest("base64url");
    return `sd:list:${accountID}:${generation}:${digest}`;
  }

  async generation(accountID: string): Promise<number> {
    return Number((await this.redis.get(this.generationKey(accountID))) ?? 0);
  }

  async get(accountID: string, key: string, maxAgeMs: number): Promise<CachedPage | undefined> {
    const generation = await this.generation(accountID);
    const sealed = await this.redis.get(this.entryKey(accountID, key, generation));
    const page = sealed ? openPage(this.cipher, sealed, accountID, key) : undefined;
    return page && page.readAt >= Date.now() - maxAgeMs ? page : undefined;
  }

  async set(accountID: string, key: string, generation: number, page: CachedPage): Promise<void> {
    const sealed = this.cipher.seal(JSON.stringify(page), boundTo(accountID, key));
    await this.redis.set(this.entryKey(accountID, key, generation), sealed, "PX", this.maxAgeMs);
  }

  async invalidate(accountID: string): Promise<void> {
    await this.redis.incr(this.generationKey(accountID));
  }
}
