import { randomUUID } from "node:crypto";
import type { SqliteDatabase } from "@/lib/storage/sqlite-database";
import type { Cipher } from "./cipher";
import { openRecord, type SessionRecord } from "./record";
import type { RecordChange, Release, SessionStore } from "./store";

type Row = { data: string; expires_at: number };

const nowSeconds = () => Math.floor(Date.now() / 1000);

/**
 * Sessions in the embedded SQLite database (WAL, so several processes on one
 * machine may share the file). `update` runs as one IMMEDIATE transaction: the
 * write lock is taken before the read, so concurrent changes queue instead of
 * overwriting each other.
 */
export class SqliteSessionStore implements SessionStore {
  private readonly select;
  private readonly upsert;
  private readonly byEmail;
  private readonly purge;
  private readonly lockInsert;
  private readonly lockDelete;

  constructor(
    private readonly db: SqliteDatabase,
    private readonly cipher: Cipher,
  ) {
    db.exec(`
      CREATE TABLE IF NOT EXISTS sessions (
        id TEXT PRIMARY KEY,
        email TEXT NOT NULL,
        expires_at INTEGER NOT NULL,
        data TEXT NOT NULL
      );
      CREATE INDEX IF NOT EXISTS sessions_by_email ON sessions (email);
      CREATE TABLE IF NOT EXISTS session_locks (
        key TEXT PRIMARY KEY,
        owner TEXT NOT NULL,
        until_ms INTEGER NOT NULL
      );
    `);
    this.select = db.prepare<[string], Row>("SELECT data, expires_at FROM sessions WHERE id = ?");
    this.upsert = db.prepare<[string, string, number, string]>(
      `INSERT INTO sessions (id, email, expires_at, data) VALUES (?, ?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET email = excluded.email, expires_at = excluded.expires_at, data = excluded.data`,
    );
    this.byEmail = db.prepare<[string, number], { id: string }>(
      "SELECT id FROM sessions WHERE email = ? AND expires_at > ?",
    );
    this.purge = db.prepare<[number]>("DELETE FROM sessions WHERE expires_at <= ?");
    // Takes the lock when it is free or its holder's lease has run out.
    this.lockInsert = db.prepare<[string, string, number, number]>(
      `INSERT INTO session_locks (key, owner, until_ms) VALUES (?, ?, ?)
       ON CONFLICT (key) DO UPDATE SET owner = excluded.owner, until_ms = excluded.until_ms
       WHERE session_locks.until_ms <= ?`,
    );
    this.lockDelete = db.prepare<[string, string]>(
      "DELETE FROM session_locks WHERE key = ? AND owner = ?",
    );
  }

  private read(id: string): { record: SessionRecord; expiresAt: number } | undefined {
    const row = this.select.get(id);
    if (!row || row.expires_at <= nowSeconds()) return undefined;
    const record = openRecord(this.cipher, row.data, id);
    return record ? { record, expiresAt: row.expires_at } : undefined;
  }

  private write(record: SessionRecord, expiresAt: number): void {
    const sealed = this.cipher.seal(JSON.stringify(record), record.id);
    this.upsert.run(record.id, record.email, expiresAt, sealed);
  }

  async get(id: string): Promise<SessionRecord | undefined> {
    return this.read(id)?.record;
  }

  async put(record: SessionRecord, expiresAt: number): Promise<void> {
    this.db.transaction(() => {
      this.purge.run(nowSeconds());
      this.write(record, expiresAt);
    })();
  }

  async update(id: string, change: RecordChange) {
    return this.db
      .transaction(() => {
        const found = this.read(id);
        if (!found) return {};
        const after = change(found.record);
        if (!after) return { before: found.record, after: found.record };
        this.write(after, found.expiresAt);
        return { before: found.record, after };
      })
      .immediate();
  }

  async idsFor(email: string): Promise<string[]> {
    return this.byEmail.all(email, nowSeconds()).map((row) => row.id);
  }

  async tryLock(key: string, ttlMs: number): Promise<Release | undefined> {
    const now = Date.now();
    const owner = randomUUID();
    if (this.lockInsert.run(key, owner, now + ttlMs, now).changes !== 1) return undefined;
    return async () => {
      this.lockDelete.run(key, owner);
    };
  }
}
