import "server-only";
import { createCipher } from "@/lib/auth/session/cipher";
import { env } from "@/lib/env";
import { processWide } from "@/lib/process-wide";
import { redisClient } from "@/lib/storage/redis-client";
import { sqliteDatabase } from "@/lib/storage/sqlite-database";
import { type ListCache, RedisListCache, SqliteListCache } from "./list-cache";
import { withMemoryCopy } from "./memory-list-cache";

/**
 * The process's list cache, beside the sessions: Redis when REDIS_URL is set,
 * else SQLite; with an in-process decoded copy in front (memory-list-cache.ts).
 */
export function accountListCache(): ListCache {
  return processWide("all-accounts.list-cache", () => {
    const { REDIS_URL, DATA_DB_PATH, SESSION_ENCRYPTION_KEY, ALL_ACCOUNTS_CACHE_MAX_AGE_SECONDS } =
      env();
    const cipher = createCipher(SESSION_ENCRYPTION_KEY);
    const shared = REDIS_URL
      ? new RedisListCache(
          redisClient(REDIS_URL),
          cipher,
          ALL_ACCOUNTS_CACHE_MAX_AGE_SECONDS * 1000,
        )
      : new SqliteListCache(sqliteDatabase(DATA_DB_PATH), cipher);
    return withMemoryCopy(shared);
  });
}
