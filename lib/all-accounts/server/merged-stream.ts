import { forEachBounded } from "@/lib/bounded";
import type { UserError } from "@/lib/errors/user-error";
import {
  type AccountRef,
  compareRows,
  type MergedFilters,
  type MergedRow,
  mergedPageSize,
  type StreamLine,
} from "../contract";
import {
  type AccountCandidates,
  newestCandidates,
  type ReadPage,
  waitingCandidates,
} from "./account-reads";
import { type AccountOutcome, mergePage } from "./merge-page";
import { type AccountPosition, encodeCursor, type MergedCursor } from "./merged-cursor";

export type MergedPageRequest = {
  accounts: readonly AccountRef[];
  filters: MergedFilters;
  cursor?: MergedCursor;
  concurrency: number;
  /** The page reader of one account (cache, then Moov with the person's token for it). */
  readPageFor: (accountID: string) => ReadPage;
  /** Any failure → what the person may see (with Moov's request ID). */
  describeError: (error: unknown) => UserError;
  emit: (line: StreamLine) => void;
  signal?: AbortSignal;
};

/**
 * One page of the merged list, streamed: `start`, then each account's rows
 * as it answers (only those that can still make this page), then `end` with
 * the page and the next cursor. At most `concurrency` accounts are read at
 * once; one that fails is reported on its own line and the rest carry on.
 */
export async function streamMergedPage(request: MergedPageRequest): Promise<void> {
  const { accounts, filters, concurrency, readPageFor, describeError, emit, signal } = request;
  const positions = request.cursor?.positions ?? {};
  const compare = compareRows(filters.sort);
  const pending = accounts.filter((account) => positions[account.accountID] !== 0);
  emit({ type: "start", accounts: [...pending] });

  const outcomes: AccountOutcome[] = [];
  // The best rows so far: an account's rows that cannot make the page are not sent.
  let best: MergedRow[] = [];

  await forEachBounded(
    pending,
    concurrency,
    async ({ accountID }) => {
      const position = (positions[accountID] ?? {}) as Exclude<AccountPosition, 0>;
      let read: AccountCandidates;
      try {
        const readPage = readPageFor(accountID);
        read =
          filters.sort === "waiting"
            ? await waitingCandidates(accountID, readPage, filters, position, mergedPageSize)
            : await newestCandidates(accountID, readPage, filters, position, mergedPageSize);
      } catch (error) {
        outcomes.push({ accountID });
        emit({ type: "failed", accountID, error: describeError(error) });
        return;
      }
      outcomes.push({ accountID, read });
      const rows = read.candidates.map((candidate) => candidate.row);
      best = [...best, ...rows].sort(compare).slice(0, mergedPageSize);
      const kept = new Set(best);
      emit({
        type: "account",
        accountID,
        items: rows.filter((row) => kept.has(row)),
        requestId: read.requestId,
      });
    },
    signal,
  );

  const page = mergePage(filters.sort, positions, outcomes);
  emit({
    type: "end",
    items: page.items,
    nextCursor: page.next ? encodeCursor(page.next, filters) : undefined,
  });
}
