import { useSyncExternalStore } from "react";

/**
 * Tickets a live event touched in the last few seconds, so their rows and
 * pages can be marked briefly without re-rendering anything else.
 */
const highlightMs = 4_000;
const changedUntil = new Map<string, number>();
const listeners = new Set<() => void>();

function notify(): void {
  for (const listener of listeners) listener();
}

export function markRecentlyChanged(ticketID: string): void {
  changedUntil.set(ticketID, Date.now() + highlightMs);
  notify();
  setTimeout(() => {
    if ((changedUntil.get(ticketID) ?? 0) <= Date.now()) {
      changedUntil.delete(ticketID);
      notify();
    }
  }, highlightMs + 50);
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useRecentlyChanged(ticketID: string): boolean {
  return useSyncExternalStore(
    subscribe,
    () => changedUntil.has(ticketID),
    () => false,
  );
}
