import {
  compareRows,
  type MergedRow,
  type MergedSort,
  mergedPageSize,
  waitingSince,
} from "../contract";
import type { AccountCandidates } from "./account-reads";
import type { AccountPosition, MergedCursor } from "./merged-cursor";

/**
 * One page of the merged list from each account's candidates: the first
 * `mergedPageSize` rows across all of them, and where each account stands
 * afterwards. An account that failed (absent from `answered`) keeps its
 * position; one whose every ticket has now been shown is done (0).
 */
export type AccountOutcome = { accountID: string; read: AccountCandidates } | { accountID: string };

export function mergePage(
  sort: MergedSort,
  positions: Record<string, AccountPosition>,
  outcomes: readonly AccountOutcome[],
  pageSize = mergedPageSize,
): { items: MergedRow[]; next?: MergedCursor } {
  const answered = outcomes.filter(
    (outcome): outcome is { accountID: string; read: AccountCandidates } => "read" in outcome,
  );
  const all = answered.flatMap((outcome) => outcome.read.candidates);
  all.sort((a, b) => compareRows(sort)(a.row, b.row));
  const page = all.slice(0, pageSize);

  const nextPositions: Record<string, AccountPosition> = { ...positions };
  for (const { accountID, read } of answered) {
    const shown = page.filter((candidate) => candidate.row.accountID === accountID);
    const last = shown.at(-1);
    const before = positions[accountID] ?? {};
    if (before === 0) continue;
    if (last) {
      const allShown = shown.length === read.candidates.length;
      nextPositions[accountID] =
        allShown && read.exhausted
          ? 0
          : sort === "newest"
            ? { c: last.pageCursor, n: last.row.number }
            : { w: waitingSince(last.row), n: last.row.number };
    } else if (read.candidates.length === 0 && read.exhausted) {
      nextPositions[accountID] = 0;
    } else if (read.resumeCursor) {
      nextPositions[accountID] = { ...before, c: read.resumeCursor };
    }
  }
  const more = outcomes.some(({ accountID }) => (nextPositions[accountID] ?? {}) !== 0);
  // Positions of accounts still at their start are left out: the cursor stays short.
  const compact = Object.fromEntries(
    Object.entries(nextPositions).filter(
      ([, position]) => position === 0 || Object.keys(position).length > 0,
    ),
  );
  return {
    items: page.map((candidate) => candidate.row),
    next: more ? { positions: compact } : undefined,
  };
}
