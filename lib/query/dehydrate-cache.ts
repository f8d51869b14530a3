import {
  type DehydratedState,
  defaultShouldDehydrateQuery,
  dehydrate,
  type QueryClient,
} from "@tanstack/react-query";
import { isOutage } from "@/lib/errors/error-codes";
import { toUserError } from "@/lib/errors/user-error";

/**
 * What a page hands the browser's cache: its data, and its failures too, so
 * the browser's QueryBoundary shows a failed prefetch (with its request ID and
 * Try again) exactly as it shows a failed read of its own. A failure is sent
 * as a plain UserError (the only part of it that may be shown). An outage is
 * left out: the browser reads again by itself, with back-off, under the banner.
 */
export function dehydrateCache(queryClient: QueryClient): DehydratedState {
  const state = dehydrate(queryClient, {
    // Pending queries go too, so the server can stream prefetches it did not wait for.
    shouldDehydrateQuery: (query) =>
      defaultShouldDehydrateQuery(query) ||
      query.state.status === "pending" ||
      (query.state.status === "error" && !isOutage(toUserError(query.state.error).code)),
  });
  return {
    ...state,
    queries: state.queries.map((query) =>
      query.state.error === null
        ? query
        : {
            ...query,
            state: {
              ...query.state,
              // A plain object crosses the server/browser line; an Error instance does not.
              // Every reader takes it through toUserError, which accepts both.
              error: toUserError(query.state.error) as unknown as Error,
              fetchFailureReason: null,
            },
          },
    ),
  };
}
