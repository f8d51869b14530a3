import { processWide } from "@/lib/process-wide";

/** More tabs than a person plausibly keeps open; each holds a connection and a listener. */
export const maxStreamsPerPerson = 10;

type Entry = { evict: () => void };

/**
 * The live streams open per person, so one person (or a script with their
 * cookie) cannot hold an unbounded number of connections. Opening one too many
 * evicts that person's oldest stream, which is the tab they are least likely
 * to be looking at.
 */
export class StreamRegistry {
  // A Set keeps insertion order, so the first entry is the oldest stream.
  private readonly byPerson = new Map<string, Set<Entry>>();

  constructor(readonly maxPerPerson: number = maxStreamsPerPerson) {}

  /** Registers a stream; `evict` closes it if newer ones push it out. Returns its unregister. */
  register(personKey: string, evict: () => void): () => void {
    const entries = this.byPerson.get(personKey) ?? new Set<Entry>();
    this.byPerson.set(personKey, entries);
    const entry: Entry = { evict };
    entries.add(entry);
    while (entries.size > this.maxPerPerson) {
      const oldest = entries.values().next().value;
      if (oldest === undefined) break;
      entries.delete(oldest);
      try {
        oldest.evict();
      } catch (error) {
        // The old stream may already be failing; the new one must still open.
        console.error("live stream eviction failed", error);
      }
    }
    return () => this.unregister(personKey, entry);
  }

  countFor(personKey: string): number {
    return this.byPerson.get(personKey)?.size ?? 0;
  }

  private unregister(personKey: string, entry: Entry): void {
    const entries = this.byPerson.get(personKey);
    if (!entries?.delete(entry)) return;
    // Drop empty sets so people who have left do not accumulate.
    if (entries.size === 0) this.byPerson.delete(personKey);
  }
}

/** The process's registry, shared by every Next bundle that opens streams. */
export function streamRegistry(): StreamRegistry {
  return processWide("live-stream-registry", () => new StreamRegistry());
}
