"use client";

import { useQueries, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { type MergedFilters, mergedKeys } from "./contract";
import { type MergedPageState, uniqueRows } from "./merged-page-state";
import { mergedPageOptions } from "./merged-queries";

export type LoadedPage = {
  cursor: string | undefined;
  data: MergedPageState | undefined;
  error: unknown;
  isFetching: boolean;
};

/**
 * The merged queue as far as the person has loaded it. Each page is its own
 * query, keyed by the cursor the page before it ended with; the cursors are
 * read from the cache on every render, so when a page is read again (a live
 * event) and ends elsewhere, the pages after it follow from the new cursor
 * and no ticket is skipped. Remount (key by the filters) to start over.
 */
export function useMergedQueue(filters: MergedFilters) {
  const queryClient = useQueryClient();
  const [wanted, setWanted] = useState(1);

  const cursors: Array<string | undefined> = [undefined];
  while (cursors.length < wanted) {
    const previous = queryClient.getQueryData<MergedPageState>(
      mergedKeys.page(filters, cursors.at(-1)),
    );
    if (!previous?.complete || !previous.nextCursor) break;
    cursors.push(previous.nextCursor);
  }

  const results = useQueries({
    queries: cursors.map((cursor) => mergedPageOptions(filters, cursor)),
  });
  const pages: LoadedPage[] = results.map((result, index) => ({
    cursor: cursors[index],
    data: result.data,
    error: result.error,
    isFetching: result.isFetching,
  }));

  const last = pages.at(-1);
  const shown = pages.filter((page) => page.data && (page.data.complete || !page.error));
  return {
    pages,
    rows: uniqueRows(shown.flatMap((page) => (page.data ? [page.data] : []))),
    hasNextPage: Boolean(last?.data?.complete && last.data.nextCursor),
    loadMore: () => setWanted(cursors.length + 1),
    /** Starts a page over from nothing (after its stream broke), streaming again. */
    retryPage: (cursor: string | undefined) =>
      queryClient.resetQueries({ queryKey: mergedKeys.page(filters, cursor), exact: true }),
  };
}
