"use client";

import {
  type QueryClient,
  queryOptions,
  experimental_streamedQuery as streamedQuery,
  useQuery,
  useQueryClient,
} from "@tanstack/react-query";
import { useCallback } from "react";
import { toUserError } from "@/lib/errors/user-error";
import {
  type AccountSummaries,
  applyAccountLine,
  applySummaryLine,
  endRetry,
  markRetrying,
  noSummaries,
} from "./account-summaries";
import { allAccountsPaths, mergedKeys, summaryLineSchema } from "./contract";
import { readNdjson } from "./read-ndjson";

/**
 * Open tickets per account, as the accounts answer: one query (keyed
 * mergedKeys.summary()) shared by the accounts page and the switcher. It is
 * read in the browser only, so it never holds up a page's first paint. A
 * refetch ("append") folds the new lines over the numbers already shown.
 */
export const accountSummariesOptions = () =>
  queryOptions({
    queryKey: mergedKeys.summary(),
    queryFn: streamedQuery({
      streamFn: ({ signal }) => readNdjson(allAccountsPaths.summaryAPI, summaryLineSchema, signal),
      reducer: applySummaryLine,
      initialValue: noSummaries,
      refetchMode: "append",
    }),
  });

/** `enabled: false` reads only what is already cached (the switcher before it opens). */
export function useAccountSummaries({ enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...accountSummariesOptions(), enabled });
}

/** Starts the read ahead of need (the switcher's button hovered or focused). */
export function prefetchAccountSummaries(queryClient: QueryClient): void {
  void queryClient.prefetchQuery(accountSummariesOptions());
}

/**
 * Try again on one failed account: reads that account alone and puts its
 * answer in the shared cache, leaving every other row as it is.
 */
export function useRetryAccountSummary() {
  const queryClient = useQueryClient();
  return useCallback(
    async (accountID: string) => {
      const key = mergedKeys.summary();
      const update = (change: (state: AccountSummaries) => AccountSummaries) =>
        queryClient.setQueryData<AccountSummaries>(key, (state) => change(state ?? noSummaries));
      update((state) => markRetrying(state, accountID));
      const url = `${allAccountsPaths.summaryAPI}?only=${encodeURIComponent(accountID)}`;
      try {
        for await (const line of readNdjson(url, summaryLineSchema)) {
          update((state) => applyAccountLine(state, line));
        }
      } catch (error) {
        const failure = toUserError(error);
        update((state) => applyAccountLine(state, { type: "failed", accountID, error: failure }));
      }
      update((state) => endRetry(state, accountID));
    },
    [queryClient],
  );
}
