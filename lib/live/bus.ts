import "server-only";
import { env } from "@/lib/env";
import { processWide } from "@/lib/process-wide";
import type { LiveEventBus } from "./event-bus";
import { InProcessBus } from "./in-process-bus";
import { RedisBus } from "./redis-bus";

/** The process's bus (route handlers live in several bundles): Redis when REDIS_URL is set, in-process otherwise. */
export function liveEventBus(): LiveEventBus {
  return processWide("live.event-bus", () => {
    const { REDIS_URL } = env();
    return REDIS_URL ? new RedisBus(REDIS_URL) : new InProcessBus();
  });
}
