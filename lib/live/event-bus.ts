import type { LiveEvent } from "./live-event";

export type LiveEventListener = (event: LiveEvent) => void;

/**
 * Carries live events from whichever instance received a webhook to every
 * instance holding an open screen. `claim` de-duplicates Moov's at-least-once
 * deliveries across all instances.
 */
export interface LiveEventBus {
  publish(event: LiveEvent): Promise<void>;
  subscribe(listener: LiveEventListener): () => void;
  /** True the first time an eventID is seen within `ttlMs`, false for a replay. */
  claim(eventID: string, ttlMs: number): Promise<boolean>;
  close(): Promise<void>;
}
