import { mkdirSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { processWide } from "@/lib/process-wide";

/**
 * The app's embedded database (sessions, the sign-in throttle): one connection
 * per process and per file, in WAL mode so several app instances on one
 * machine can share the file. Writers wait for each other (busy_timeout)
 * instead of failing.
 */
export type SqliteDatabase = Database.Database;

export function openSqlite(file: string): SqliteDatabase {
  if (file !== ":memory:") mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = NORMAL");
  db.pragma("busy_timeout = 5000");
  return db;
}

/** The process's connection to `file` (DATA_DB_PATH), opened on first use. */
export function sqliteDatabase(file: string): SqliteDatabase {
  const open = processWide("storage.sqlite", () => new Map<string, SqliteDatabase>());
  let db = open.get(file);
  if (!db) {
    db = openSqlite(file);
    open.set(file, db);
  }
  return db;
}
