import { setNewest } from "@/lib/bounded";
import type { LiveEventBus, LiveEventListener } from "./event-bus";
import type { LiveEvent } from "./live-event";

/**
 * Enough for a day of busy webhooks (each delivery claims its signed headers
 * and its eventID); older claims fall out first.
 */
const maxClaimed = 100_000;

/** The default bus: one app instance, events never leave the process. */
export class InProcessBus implements LiveEventBus {
  private readonly listeners = new Set<LiveEventListener>();
  // Map keeps insertion order, so the oldest claim is the first key.
  private readonly claimed = new Map<string, number>();

  async publish(event: LiveEvent): Promise<void> {
    this.deliver(event);
  }

  /** Hands an event to this process's listeners; one failing listener never blocks the rest. */
  deliver(event: LiveEvent): void {
    for (const listener of this.listeners) {
      try {
        listener(event);
      } catch (error) {
        console.error("live event listener failed", error);
      }
    }
  }

  subscribe(listener: LiveEventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  get listenerCount(): number {
    return this.listeners.size;
  }

  async claim(key: string, ttlMs: number, now = Date.now()): Promise<boolean> {
    const seenUntil = this.claimed.get(key);
    if (seenUntil !== undefined && seenUntil > now) return false;
    setNewest(this.claimed, key, now + ttlMs, maxClaimed);
    return true;
  }

  async close(): Promise<void> {
    this.listeners.clear();
  }
}
