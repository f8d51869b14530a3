import { type AccountRef, compareRows, type MergedSort } from "@/lib/all-accounts/contract";
import type { ReadPage } from "@/lib/all-accounts/server/account-reads";
import { forEachBounded } from "@/lib/bounded";
import type { ExportRow } from "../columns";
import { AccountRows, type RowFilter } from "./account-rows";

/**
 * Every ticket of a view, as rows for the file, read from Moov a page at a
 * time and merged across accounts. Lazy: it reads only when its consumer asks
 * for the next row and the account that row comes from has used up its page,
 * so a consumer that stops pulling (a slow download) stops the reading, and
 * one that goes away (`signal`) ends it. Memory holds at most one page per
 * account, whatever the accounts hold in all.
 */
export type ExportPlan = {
  accounts: ReadonlyArray<{ account: AccountRef; read: ReadPage }>;
  filter: RowFilter;
  /** Accounts whose first page is read at once (the view's own fan-out bound). */
  concurrency: number;
  signal?: AbortSignal;
  /** Called after every Moov page, with the rows then held in memory (tests, bench). */
  onPage?: (held: number) => void;
};

/** The largest page Moov serves (moov-api.md): the fewest calls for a large account. */
export const maxExportPageSize = 1000;
/** Rows held at once across the accounts of one export, roughly: 200 accounts get 50 each. */
export const exportRowBudget = 10_000;
const minExportPageSize = 25;

export function exportPageSize(accounts: number): number {
  const share = Math.floor(exportRowBudget / Math.max(1, accounts));
  return Math.min(maxExportPageSize, Math.max(minExportPageSize, share));
}

/**
 * The view's status filter as the export applies it. "Waiting longest"
 * shows open tickets only, even under "All" (a closed ticket waits for
 * nobody; lib/all-accounts/server/account-reads.ts → waitingCandidates), so
 * its export holds the same tickets.
 */
export function exportFilter(view: {
  status: RowFilter["status"];
  sort?: MergedSort;
  foreignID?: string;
}): RowFilter {
  const status = view.sort === "waiting" && view.status === "all" ? "open" : view.status;
  return view.foreignID ? { status, foreignID: view.foreignID } : { status };
}

/**
 * Yielded when the next row needs a Moov read: whatever is ready should go
 * out before that wait (so the progress shows every row read so far).
 */
export const nextPageAhead = Symbol("next page ahead");

/**
 * Rows come newest first, merged across accounts in the queue's own order
 * (compareRows("newest")): each account's list is already in that order,
 * so the head of each is enough. "Waiting longest" cannot be streamed that
 * way (Moov lists by number, and the longest wait may be on any page), so
 * its export holds the same tickets, newest first: the sort is the
 * spreadsheet's to make (by "Latest message").
 */
export async function* exportRows(
  plan: ExportPlan,
): AsyncGenerator<ExportRow | typeof nextPageAhead> {
  const { filter, signal, onPage } = plan;
  const pageSize = exportPageSize(plan.accounts.length);
  const sources = plan.accounts.map(
    ({ account, read }) => new AccountRows(account, read, filter, pageSize),
  );
  const held = () => sources.reduce((sum, source) => sum + source.held(), 0);
  const compare = compareRows("newest");

  let firstFailure: unknown;
  await forEachBounded(
    sources,
    plan.concurrency,
    async (source) => {
      if (firstFailure !== undefined) return;
      try {
        await source.fill(signal);
        onPage?.(held());
      } catch (error) {
        firstFailure ??= error;
      }
    },
    signal,
  );
  if (firstFailure !== undefined) throw firstFailure;

  while (!signal?.aborted) {
    let best: AccountRows | undefined;
    for (const source of sources) {
      const head = source.head();
      const bestHead = best?.head();
      if (head && (!bestHead || compare(head, bestHead) < 0)) best = source;
    }
    const row = best?.take();
    if (!best || !row) return;
    const { accountID: _, ...ticket } = row;
    yield { account: best.account, ticket };
    if (best.needsPage()) {
      yield nextPageAhead;
      await best.fill(signal);
      onPage?.(held());
    }
  }
}
