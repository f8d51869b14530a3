import "server-only";
import { env } from "@/lib/env";
import { processWide } from "@/lib/process-wide";
import { redisClient } from "@/lib/storage/redis-client";
import { sqliteDatabase } from "@/lib/storage/sqlite-database";
import { RedisViewStore } from "../redis-view-store";
import { SqliteViewStore } from "../sqlite-view-store";
import type { ViewStore } from "../store";

/** The process's view store: the session store's database (Redis when REDIS_URL, else SQLite). */
export function viewStore(): ViewStore {
  return processWide("views.store", () => {
    const { REDIS_URL, DATA_DB_PATH } = env();
    return REDIS_URL
      ? new RedisViewStore(redisClient(REDIS_URL))
      : new SqliteViewStore(sqliteDatabase(DATA_DB_PATH));
  });
}
