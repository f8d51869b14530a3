import "server-only";
import { env } from "@/lib/env";
import type { LiveEventBus } from "./event-bus";
import { InProcessBus } from "./in-process-bus";
import { RedisBus } from "./redis-bus";

// Route handlers may be loaded in several module graphs; one bus per process.
const holder = globalThis as typeof globalThis & { __supportDeskBus?: LiveEventBus };

/** The process's bus: Redis when REDIS_URL is set, in-process otherwise. */
export function liveEventBus(): LiveEventBus {
  if (!holder.__supportDeskBus) {
    const { REDIS_URL } = env();
    holder.__supportDeskBus = REDIS_URL ? new RedisBus(REDIS_URL) : new InProcessBus();
  }
  return holder.__supportDeskBus;
}
