import "server-only";
import type { Moov } from "@moovio/sdk";
import { env } from "@/lib/env";
import { type ListQuery, listTicketsOnce } from "@/lib/moov/tickets";
import { processWide } from "@/lib/process-wide";
import type { ReadPage, UpstreamPage } from "./account-reads";
import { accountListCache } from "./list-cache-store";

/**
 * Reads one page of an account's ticket list: from the cache when it holds a
 * fresh copy, else from Moov (and kept). The caller has already checked that
 * the person may act for the account; `moov` is asked only on a miss, so a
 * warm view mints no token and makes no Moov call. Concurrent misses of the
 * same page in this process share one call.
 */
const inFlight = processWide(
  "all-accounts.in-flight",
  () => new Map<string, Promise<UpstreamPage>>(),
);

const keyOf = (query: ListQuery) =>
  JSON.stringify([query.status ?? "", query.foreignID ?? "", query.cursor ?? "", query.count]);

export function accountPageReader(accountID: string, moov: () => Promise<Moov>): ReadPage {
  const maxAgeMs = env().ALL_ACCOUNTS_CACHE_MAX_AGE_SECONDS * 1000;
  const cache = maxAgeMs > 0 ? accountListCache() : undefined;
  return async (query) => {
    const key = keyOf(query);
    const hit = await cache?.get(accountID, key, maxAgeMs);
    if (hit) return hit;
    const shared = `${accountID}|${key}`;
    const running = inFlight.get(shared);
    if (running) return running;
    const work = (async () => {
      const generation = (await cache?.generation(accountID)) ?? 0;
      const { data, requestId } = await listTicketsOnce(await moov(), accountID, query);
      const page: UpstreamPage = { ...data, requestId, readAt: Date.now() };
      await cache?.set(accountID, key, generation, page);
      return page;
    })().finally(() => inFlight.delete(shared));
    inFlight.set(shared, work);
    return work;
  };
}

/** A webhook or a write through the app changed the account: its cached lists go. */
export async function forgetAccountLists(accountID: string): Promise<void> {
  if (env().ALL_ACCOUNTS_CACHE_MAX_AGE_SECONDS === 0) return;
  try {
    await accountListCache().invalidate(accountID);
  } catch (error) {
    // The lists then live out their maximum age; say so rather than fail the write.
    console.error("all-accounts: could not drop cached lists", (error as Error).message);
  }
}
