"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { toUserError } from "@/lib/errors/user-error";
import { type MergedFilters, type MergedRow, mergedKeys } from "./contract";
import { type MergedPageState, mergeRetry } from "./merged-page-state";
import { cutShort, mergedPageURL, pageLines } from "./merged-queries";

type Outcome = { items: MergedRow[] } | { error: ReturnType<typeof toUserError> };

/** Reads one account again for the same page; its rows or its new failure. */
async function readAccountAgain(
  filters: MergedFilters,
  cursor: string | undefined,
  accountID: string,
): Promise<Outcome> {
  let failed: Outcome | undefined;
  for await (const line of pageLines(mergedPageURL(filters, cursor, accountID))) {
    if (line.type === "failed" && line.accountID === accountID) failed = { error: line.error };
    if (line.type === "end") return failed ?? { items: line.items };
  }
  throw cutShort();
}

/**
 * Try again on one account that failed on one page: only that account is
 * read (same page cursor), and its rows join that page in the cache. If it
 * fails again, its notice shows the new reason and request ID.
 */
export function useRetryAccount(
  filters: MergedFilters,
  cursor: string | undefined,
  accountID: string,
) {
  const queryClient = useQueryClient();
  const merge = (outcome: Outcome) =>
    queryClient.setQueryData<MergedPageState>(
      mergedKeys.page(filters, cursor),
      (page) => page && mergeRetry(page, filters.sort, accountID, outcome),
    );
  return useMutation({
    mutationFn: () => readAccountAgain(filters, cursor, accountID),
    onSuccess: merge,
    onError: (error) => merge({ error: toUserError(error) }),
  });
}
