import { queryOptions, experimental_streamedQuery as streamedQuery } from "@tanstack/react-query";
import { UserFacingError } from "@/lib/errors/user-error";
import {
  allAccountsPaths,
  type MergedFilters,
  mergedKeys,
  mergedSearch,
  type StreamLine,
  streamLineSchema,
} from "./contract";
import { emptyPage, pageReducer } from "./merged-page-state";
import { readNdjson } from "./read-ndjson";

/** The address of one page of the merged queue; `only` re-reads one account for it. */
export function mergedPageURL(filters: MergedFilters, cursor?: string, only?: string): string {
  const search = new URLSearchParams(mergedSearch(filters, cursor));
  if (only) search.set("only", only);
  const text = search.toString();
  return text ? `${allAccountsPaths.queueAPI}?${text}` : allAccountsPaths.queueAPI;
}

/** A stream that stops before its `end` line lost accounts on the way: never a whole page. */
export const cutShort = () =>
  new UserFacingError({
    status: 502,
    code: "unexpected",
    message: "The list stopped before every account had answered, so it is not complete.",
  });

/** The page's lines as they arrive; throws if the answer ends without its `end` line. */
export async function* pageLines(url: string, signal?: AbortSignal): AsyncGenerator<StreamLine> {
  let ended = false;
  for await (const line of readNdjson(url, streamLineSchema, signal)) {
    if (line.type === "end") ended = true;
    yield line;
  }
  if (!ended) throw cutShort();
}

/**
 * One page of the merged queue, keyed by its filters and cursor. Rows show as
 * accounts answer; a refetch (a live event, a close) keeps the page on screen
 * and swaps it whole when the new one has ended, so the pages after it (keyed
 * by this page's next cursor) never blink. The browser only: the server does
 * not prefetch it, it streams.
 */
export function mergedPageOptions(filters: MergedFilters, cursor: string | undefined) {
  return queryOptions({
    queryKey: mergedKeys.page(filters, cursor),
    queryFn: streamedQuery({
      streamFn: ({ signal }) => pageLines(mergedPageURL(filters, cursor), signal),
      reducer: pageReducer(filters.sort),
      initialValue: emptyPage,
      refetchMode: "replace",
    }),
    // A failed page says so with its own Try again; repeating a read of 200 accounts is not free.
    retry: false,
  });
}
