"use client";

import { useSyncExternalStore } from "react";

/**
 * What a screen reader should hear when a shortcut acts where focus says
 * nothing ("Going to all accounts", "Already on …"). One store for the page,
 * so any view can announce and one polite live region (LiveAnnouncer) speaks.
 * Each announcement has its own id: the same words twice are said twice.
 */
export type Announcement = { id: number; text: string };

let latest: Announcement | null = null;
const listeners = new Set<() => void>();

export function announce(text: string): void {
  latest = { id: (latest?.id ?? 0) + 1, text };
  for (const listener of listeners) listener();
}

export function latestAnnouncement(): Announcement | null {
  return latest;
}

export function subscribeToAnnouncements(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The latest announcement; none while rendering on the server. */
export function useAnnouncement(): Announcement | null {
  return useSyncExternalStore(subscribeToAnnouncements, latestAnnouncement, () => null);
}
