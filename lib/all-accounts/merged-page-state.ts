import type { UserError } from "@/lib/errors/user-error";
import {
  type AccountRef,
  compareRows,
  type MergedRow,
  type MergedSort,
  mergedPageSize,
  rowKey,
  type StreamLine,
} from "./contract";

/**
 * One page of the merged queue as the browser holds it while its stream
 * arrives and after: which accounts it reads, how many have answered, the
 * ones that failed, and the rows to show. Pure, so the reducer given to
 * streamedQuery and the merge of a retried account are tested on their own.
 */
export type AccountFailure = { accountID: string; error: UserError };

export type MergedPageState = {
  /** The `start` line arrived: `accounts` is known. */
  started: boolean;
  /** The accounts this page reads (the `start` line). */
  accounts: AccountRef[];
  /** Accounts that answered or failed so far. */
  settled: number;
  failures: AccountFailure[];
  /** While streaming: the best rows so far; once `complete`: the page itself. */
  rows: MergedRow[];
  /** The `end` line arrived: the page is whole and `nextCursor` is known. */
  complete: boolean;
  nextCursor?: string;
};

export const emptyPage: MergedPageState = {
  started: false,
  accounts: [],
  settled: 0,
  failures: [],
  rows: [],
  complete: false,
};

/** Rows merged in order, each ticket once. */
function mergeRows(sort: MergedSort, ...lists: MergedRow[][]): MergedRow[] {
  const byKey = new Map<string, MergedRow>();
  for (const row of lists.flat()) byKey.set(rowKey(row), row);
  return [...byKey.values()].sort(compareRows(sort));
}

/** Folds one stream line into the page (the reducer of the page's streamed query). */
export function pageReducer(sort: MergedSort) {
  return (state: MergedPageState, line: StreamLine): MergedPageState => {
    switch (line.type) {
      case "start":
        return { ...state, started: true, accounts: line.accounts };
      case "account":
        return {
          ...state,
          settled: state.settled + 1,
          // The same cut the server makes, so the rows shown never jump when `end` arrives.
          rows: mergeRows(sort, state.rows, line.items).slice(0, mergedPageSize),
        };
      case "failed":
        return {
          ...state,
          settled: state.settled + 1,
          failures: [...state.failures, { accountID: line.accountID, error: line.error }],
        };
      case "end":
        return { ...state, rows: line.items, complete: true, nextCursor: line.nextCursor };
    }
  };
}

/**
 * A failed account read again for the same page (`only=<id>`): its failure
 * goes, or is replaced by the new one. Its rows join the page where they
 * belong: those that sort before the page's last row, and, on a page that was
 * not full, enough after it to fill it. The rest come with Load more, since
 * the account kept its place in the next cursor (rows shown twice that way are
 * shown once: see uniqueRows).
 */
export function mergeRetry(
  state: MergedPageState,
  sort: MergedSort,
  accountID: string,
  outcome: { items: MergedRow[] } | { error: UserError },
): MergedPageState {
  if ("error" in outcome) {
    return {
      ...state,
      failures: state.failures.map((failure) =>
        failure.accountID === accountID ? { accountID, error: outcome.error } : failure,
      ),
    };
  }
  const compare = compareRows(sort);
  const last = state.rows.at(-1);
  const incoming = [...outcome.items].sort(compare);
  const before = last ? incoming.filter((row) => compare(row, last) <= 0) : [];
  const after = last ? incoming.filter((row) => compare(row, last) > 0) : incoming;
  const room = Math.max(0, mergedPageSize - state.rows.length - before.length);
  return {
    ...state,
    failures: state.failures.filter((failure) => failure.accountID !== accountID),
    rows: mergeRows(sort, state.rows, before, after.slice(0, room)),
  };
}

/** Pages in order, flattened; a ticket on two pages (its account was read again) shows once. */
export function uniqueRows(pages: readonly MergedPageState[]): MergedRow[] {
  const seen = new Set<string>();
  const rows: MergedRow[] = [];
  for (const page of pages) {
    for (const row of page.rows) {
      const key = rowKey(row);
      if (seen.has(key)) continue;
      seen.add(key);
      rows.push(row);
    }
  }
  return rows;
}

type TicketRef = { accountID: string; ticketID: string };

const isPage = (data: unknown): data is MergedPageState =>
  typeof data === "object" && data !== null && Array.isArray((data as MergedPageState).rows);

/** Whether a cached merged page shows this ticket (data of any query may be passed). */
export function pageHolds(data: unknown, ticket: TicketRef): boolean {
  return (
    isPage(data) &&
    data.rows.some((row) => row.accountID === ticket.accountID && row.ticketID === ticket.ticketID)
  );
}

/** The page with one ticket's row changed (the optimistic close, its rollback). */
export function withRow(
  data: MergedPageState,
  ticket: TicketRef,
  change: (row: MergedRow) => MergedRow,
): MergedPageState {
  return {
    ...data,
    rows: data.rows.map((row) =>
      row.accountID === ticket.accountID && row.ticketID === ticket.ticketID ? change(row) : row,
    ),
  };
}

/** The row of this ticket on a cached page, if it holds it. */
export function rowOf(data: unknown, ticket: TicketRef): MergedRow | undefined {
  if (!isPage(data)) return undefined;
  return data.rows.find(
    (row) => row.accountID === ticket.accountID && row.ticketID === ticket.ticketID,
  );
}
