/**
 * Runs `work` over `items` with at most `limit` running at once, in order of
 * the list; resolves when all have settled (`work` reports its own failures).
 * Once `signal` aborts (the browser went away) nothing new starts.
 */
export async function forEachBounded<T>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<void>,
  signal?: AbortSignal,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length && !signal?.aborted) {
      const item = items[next++] as T;
      await work(item);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
}

/**
 * Sets `key` as the newest entry of an insertion-ordered Map, then drops the
 * oldest entries until at most `limit` remain: the bounded caches and memos
 * keep their most recently set entries this way.
 */
export function setNewest<K, V>(map: Map<K, V>, key: K, value: V, limit: number): void {
  map.delete(key);
  map.set(key, value);
  while (map.size > limit) {
    const oldest = map.keys().next().value;
    if (oldest === undefined) break;
    map.delete(oldest);
  }
}
