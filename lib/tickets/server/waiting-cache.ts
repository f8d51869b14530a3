import "server-only";
import { setNewest } from "@/lib/bounded";
import { processWide } from "@/lib/process-wide";
import type { ThreadEnds } from "../waiting";

/**
 * The first and latest authors of ticket threads, kept per process under
 * (account, ticket, the time of the thread's latest message). A new message
 * changes that time, and so the key: an entry is never stale, only unused,
 * and needs no invalidation. It is stored under the time Moov gave the
 * message that was read, never under the time a request named, so a request
 * cannot file an answer under a time of its choosing. Only answers are kept
 * (never a failure, nor a read in flight with one person's token), and the
 * cache is consulted only after the request's permission check: it holds
 * Moov's data, never a permission. Author names only: no message body.
 */
export type WaitingCacheKey = { accountID: string; ticketID: string; latestMessageOn?: string };

/** Bounded, oldest first out: a person rereading a queue keeps its rows warm. */
const maxEntries = 20_000;

const keyOf = ({ accountID, ticketID, latestMessageOn }: WaitingCacheKey) =>
  `${accountID}/${ticketID}/${latestMessageOn === undefined ? "" : Date.parse(latestMessageOn)}`;

export class WaitingCache {
  private readonly entries = new Map<string, ThreadEnds | null>();

  constructor(private readonly limit = maxEntries) {}

  get(key: WaitingCacheKey): ThreadEnds | null | undefined {
    const id = keyOf(key);
    const hit = this.entries.get(id);
    if (hit === undefined) return undefined;
    // Map order is insertion order: re-inserting marks it the most recently used.
    this.entries.delete(id);
    this.entries.set(id, hit);
    return hit;
  }

  set(key: WaitingCacheKey, ends: ThreadEnds | null): void {
    setNewest(this.entries, keyOf(key), ends, this.limit);
  }

  get size(): number {
    return this.entries.size;
  }
}

export const waitingCache = () => processWide("tickets.waiting-cache", () => new WaitingCache());
