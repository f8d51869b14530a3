import type { CachedPage, ListCache } from "./list-cache";

/**
 * An in-process copy in front of the shared list cache: a warm view of 200
 * accounts would otherwise open, parse and check 200+ sealed entries per
 * request. The shared cache stays the truth: every read still asks it for
 * the account's generation (one indexed row, or one Redis GET), so a drop by
 * any instance is seen at once; only the decoding is saved. Bounded by the
 * tickets it holds, oldest entries out first.
 */
export function withMemoryCopy(shared: ListCache, maxTickets = 50_000): ListCache {
  type Entry = { generation: number; page: CachedPage };
  const copies = new Map<string, Entry>();
  let held = 0;

  const keep = (key: string, entry: Entry) => {
    const before = copies.get(key);
    if (before) {
      held -= before.page.items.length;
      copies.delete(key);
    }
    copies.set(key, entry);
    held += entry.page.items.length;
    for (const [oldest, old] of copies) {
      if (held <= maxTickets) break;
      copies.delete(oldest);
      held -= old.page.items.length;
    }
  };

  return {
    generation: (accountID) => shared.generation(accountID),
    async get(accountID, key, maxAgeMs) {
      const slot = `${accountID}|${key}`;
      const generation = await shared.generation(accountID);
      const copy = copies.get(slot);
      if (copy && copy.generation === generation && copy.page.readAt >= Date.now() - maxAgeMs) {
        return copy.page;
      }
      const page = await shared.get(accountID, key, maxAgeMs);
      if (page) keep(slot, { generation, page });
      return page;
    },
    async set(accountID, key, generation, page) {
      await shared.set(accountID, key, generation, page);
      keep(`${accountID}|${key}`, { generation, page });
    },
    invalidate: (accountID) => shared.invalidate(accountID),
  };
}
