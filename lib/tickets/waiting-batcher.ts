import { UserFacingError } from "@/lib/errors/user-error";
import type { ThreadEnds } from "./waiting";
import {
  maxWaitingPerRequest,
  type WaitingItem,
  type WaitingRef,
  waitingRefKey,
} from "./waiting-api";

/**
 * Gathers the thread-end reads the rows of a queue ask for one by one (each
 * row is its own query, keyed by its ticket and latest message time) into as
 * few requests as possible: every read asked within `windowMs` of the first
 * goes out together, at most `maxWaitingPerRequest` per request. A page of
 * 25 rows is one request, whichever accounts they belong to; rows streaming
 * in over a merged page's accounts are a few.
 */
export type FetchWaiting = (refs: WaitingRef[]) => Promise<WaitingItem[]>;

type Pending = {
  ref: WaitingRef;
  resolve: (ends: ThreadEnds | null) => void;
  reject: (error: unknown) => void;
};

const missing = new UserFacingError({
  status: 502,
  code: "unexpected",
  message: "The app's answer left this ticket out.",
});

export function createWaitingBatcher(fetchWaiting: FetchWaiting, windowMs = 15) {
  let queue: Pending[] = [];
  let scheduled = false;

  async function send(batch: Pending[]): Promise<void> {
    let items: WaitingItem[];
    try {
      items = await fetchWaiting(batch.map((pending) => pending.ref));
    } catch (error) {
      for (const pending of batch) pending.reject(error);
      return;
    }
    const byKey = new Map(items.map((item) => [item.key, item]));
    for (const pending of batch) {
      const item = byKey.get(waitingRefKey(pending.ref));
      if (!item) pending.reject(missing);
      else if ("error" in item) pending.reject(new UserFacingError(item.error));
      else pending.resolve(item.ends);
    }
  }

  function flush(): void {
    const batch = queue;
    queue = [];
    scheduled = false;
    for (let start = 0; start < batch.length; start += maxWaitingPerRequest) {
      void send(batch.slice(start, start + maxWaitingPerRequest));
    }
  }

  return {
    load(ref: WaitingRef): Promise<ThreadEnds | null> {
      return new Promise((resolve, reject) => {
        queue.push({ ref, resolve, reject });
        if (scheduled) return;
        scheduled = true;
        setTimeout(flush, windowMs);
      });
    },
  };
}
