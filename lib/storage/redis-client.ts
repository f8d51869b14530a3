import { Redis } from "ioredis";
import { processWide } from "@/lib/process-wide";

/**
 * The process's command connection to Redis (REDIS_URL), shared by the
 * session store and the sign-in throttle. Pub/sub needs connections of its
 * own (lib/live/redis-bus.ts).
 */
export function redisClient(url: string): Redis {
  const open = processWide("storage.redis", () => new Map<string, Redis>());
  let client = open.get(url);
  if (!client) {
    client = new Redis(url, { maxRetriesPerRequest: 2 });
    client.on("error", (error: Error) => console.error("redis:", error.message));
    open.set(url, client);
  }
  return client;
}
