import type { LiveEvent } from "./live-event";

export type LiveEventListener = (event: LiveEvent) => void;

/**
 * Carries live events from whichever instance received a webhook to every
 * instance holding an open screen. `claim` de-duplicates webhook deliveries
 * (replayed signed headers, and Moov's at-least-once redeliveries) across all
 * instances.
 */
export interface LiveEventBus {
  publish(event: LiveEvent): Promise<void>;
  subscribe(listener: LiveEventListener): () => void;
  /** True the first time `key` is claimed within `ttlMs`, false while an earlier claim lasts. */
  claim(key: string, ttlMs: number): Promise<boolean>;
  close(): Promise<void>;
}
