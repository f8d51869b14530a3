import "server-only";
import { env } from "@/lib/env";
import { processWide } from "@/lib/process-wide";
import { redisClient } from "@/lib/storage/redis-client";
import { sqliteDatabase } from "@/lib/storage/sqlite-database";
import { createCipher } from "./cipher";
import { RedisSessionStore } from "./redis-session-store";
import { SqliteSessionStore } from "./sqlite-session-store";
import type { SessionStore } from "./store";

/** The process's session store: Redis when REDIS_URL is set, else the embedded SQLite file. */
export function sessionStore(): SessionStore {
  return processWide("auth.session-store", () => {
    const { REDIS_URL, DATA_DB_PATH, SESSION_ENCRYPTION_KEY } = env();
    const cipher = createCipher(SESSION_ENCRYPTION_KEY);
    return REDIS_URL
      ? new RedisSessionStore(redisClient(REDIS_URL), cipher)
      : new SqliteSessionStore(sqliteDatabase(DATA_DB_PATH), cipher);
  });
}

/** Start-up check (instrumentation.ts): a session store that cannot be opened stops the server, named. */
export function exitOnUnusableSessionStore(): void {
  try {
    sessionStore();
  } catch (error) {
    const { REDIS_URL, DATA_DB_PATH } = env();
    const where = REDIS_URL ? "Redis (REDIS_URL)" : `the SQLite file DATA_DB_PATH=${DATA_DB_PATH}`;
    console.error(`The session store in ${where} cannot be used: ${(error as Error).message}`);
    process.exit(1);
  }
}
