import { mkdirSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";

export type Db = Database.Database;

const schema = `
CREATE TABLE IF NOT EXISTS accounts (
  account_id TEXT PRIMARY KEY,
  display_name TEXT NOT NULL,
  partner INTEGER NOT NULL DEFAULT 0,
  email TEXT,
  foreign_id TEXT,
  created_on TEXT NOT NULL,
  updated_on TEXT NOT NULL,
  next_ticket_number INTEGER NOT NULL DEFAULT 1
);
CREATE TABLE IF NOT EXISTS connections (
  partner_id TEXT NOT NULL REFERENCES accounts(account_id),
  account_id TEXT NOT NULL REFERENCES accounts(account_id),
  created_on TEXT NOT NULL,
  PRIMARY KEY (partner_id, account_id)
);
CREATE TABLE IF NOT EXISTS api_keys (
  public_key TEXT PRIMARY KEY,
  private_key TEXT NOT NULL,
  account_id TEXT NOT NULL REFERENCES accounts(account_id)
);
CREATE INDEX IF NOT EXISTS api_keys_account ON api_keys(account_id);
CREATE TABLE IF NOT EXISTS tokens (
  token_hash TEXT PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('access', 'refresh')),
  grant_id TEXT NOT NULL,
  client_id TEXT NOT NULL,
  account_id TEXT NOT NULL,
  scopes TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL,
  revoked INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS tokens_grant ON tokens(grant_id);
CREATE TABLE IF NOT EXISTS tickets (
  ticket_id TEXT PRIMARY KEY,
  account_id TEXT NOT NULL REFERENCES accounts(account_id),
  number INTEGER NOT NULL,
  title TEXT NOT NULL,
  contact_email TEXT NOT NULL,
  contact_name TEXT,
  status TEXT NOT NULL,
  foreign_id TEXT,
  created_on TEXT NOT NULL,
  updated_on TEXT NOT NULL,
  latest_message_on TEXT,
  closed_on TEXT,
  UNIQUE (account_id, number)
);
CREATE INDEX IF NOT EXISTS tickets_status ON tickets(account_id, status, number);
CREATE INDEX IF NOT EXISTS tickets_foreign ON tickets(account_id, foreign_id, number);
CREATE TABLE IF NOT EXISTS messages (
  message_id INTEGER PRIMARY KEY AUTOINCREMENT,
  ticket_id TEXT NOT NULL REFERENCES tickets(ticket_id),
  author TEXT NOT NULL,
  body TEXT NOT NULL,
  sent_on TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS messages_ticket ON messages(ticket_id, message_id);
CREATE TABLE IF NOT EXISTS webhooks (
  webhook_id TEXT PRIMARY KEY,
  url TEXT NOT NULL,
  secret TEXT NOT NULL,
  created_on TEXT NOT NULL
);
`;

/**
 * Opens (and creates) the store. WAL + synchronous=NORMAL survives a killed
 * process (kill -9) without losing a committed transaction; only an OS crash
 * could drop the last few, which an emulator can afford.
 */
export function openDatabase(file: string): Db {
  if (file !== ":memory:") mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = NORMAL");
  db.pragma("foreign_keys = ON");
  db.pragma("busy_timeout = 5000");
  db.exec(schema);
  return db;
}
