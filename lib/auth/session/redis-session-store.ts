import { randomUUID } from "node:crypto";
import type { Redis } from "ioredis";
import type { Cipher } from "./cipher";
import { openRecord, type SessionRecord } from "./record";
import type { RecordChange, Release, SessionStore } from "./store";

const prefix = "support-desk:";
const sessionKey = (id: string) => `${prefix}session:${id}`;
const personKey = (email: string) => `${prefix}person-sessions:${email}`;
const lockKey = (key: string) => `${prefix}lock:${key}`;

type Stored = { sealed: string; expiresAt: number };

/** Writes only if the key still holds what was read (a shared connection cannot WATCH safely). */
const compareAndSet = `if redis.call('GET', KEYS[1]) == ARGV[1] then
  redis.call('SET', KEYS[1], ARGV[2], 'PXAT', ARGV[3]) return 1 end return 0`;
const compareAndDelete = `if redis.call('GET', KEYS[1]) == ARGV[1] then
  return redis.call('DEL', KEYS[1]) end return 0`;

/**
 * Sessions in Redis, shared by every app instance. Each record expires with
 * its session (PXAT). `update` is optimistic: read, compute, then write only
 * if the stored value is still the one read (every sealed value is unique:
 * random IV); otherwise compute again on the newer record.
 */
export class RedisSessionStore implements SessionStore {
  constructor(
    private readonly redis: Redis,
    private readonly cipher: Cipher,
  ) {}

  private open(
    id: string,
    raw: string | null,
  ): { record: SessionRecord; expiresAt: number } | undefined {
    if (!raw) return undefined;
    const stored = JSON.parse(raw) as Stored;
    const record = openRecord(this.cipher, stored.sealed, id);
    return record ? { record, expiresAt: stored.expiresAt } : undefined;
  }

  private sealed(record: SessionRecord, expiresAt: number): string {
    const stored: Stored = {
      sealed: this.cipher.seal(JSON.stringify(record), record.id),
      expiresAt,
    };
    return JSON.stringify(stored);
  }

  async get(id: string): Promise<SessionRecord | undefined> {
    return this.open(id, await this.redis.get(sessionKey(id)))?.record;
  }

  async put(record: SessionRecord, expiresAt: number): Promise<void> {
    const at = expiresAt * 1000;
    await this.redis
      .multi()
      .set(sessionKey(record.id), this.sealed(record, expiresAt), "PXAT", at)
      .sadd(personKey(record.email), record.id)
      // The index lives as long as the person's newest session.
      .pexpireat(personKey(record.email), at, "GT")
      .exec();
    await this.redis.pexpireat(personKey(record.email), at, "NX");
  }

  async update(id: string, change: RecordChange) {
    const key = sessionKey(id);
    for (let attempt = 0; attempt < 50; attempt++) {
      const raw = await this.redis.get(key);
      const found = this.open(id, raw);
      if (!raw || !found) return {};
      const after = change(found.record);
      if (!after) return { before: found.record, after: found.record };
      const next = this.sealed(after, found.expiresAt);
      const done = await this.redis.eval(compareAndSet, 1, key, raw, next, found.expiresAt * 1000);
      if (done === 1) return { before: found.record, after };
    }
    throw new Error("the session changed too often to be updated");
  }

  async idsFor(email: string): Promise<string[]> {
    const ids = await this.redis.smembers(personKey(email));
    if (ids.length === 0) return [];
    const alive = await this.redis.exists(...ids.map(sessionKey));
    if (alive === ids.length) return ids;
    const checks = await Promise.all(
      ids.map(async (id) => [id, await this.redis.exists(sessionKey(id))] as const),
    );
    return checks.filter(([, exists]) => exists === 1).map(([id]) => id);
  }

  async tryLock(key: string, ttlMs: number): Promise<Release | undefined> {
    const owner = randomUUID();
    if ((await this.redis.set(lockKey(key), owner, "PX", ttlMs, "NX")) !== "OK") return undefined;
    return async () => {
      await this.redis.eval(compareAndDelete, 1, lockKey(key), owner);
    };
  }
}
