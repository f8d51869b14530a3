import "server-only";
import type { QueryClient, QueryKey } from "@tanstack/react-query";
import { TicketsRequestError } from "../fetcher";

/**
 * The failure of a prefetch, if any, in a form a client component may receive.
 * Failed queries are not dehydrated, so the page shows this instead of letting
 * the browser render a query it has no data for.
 */
export function prefetchFailure(queryClient: QueryClient, queryKey: QueryKey) {
  const error = queryClient.getQueryState(queryKey)?.error;
  if (!error) return undefined;
  if (error instanceof TicketsRequestError) {
    return {
      status: error.status,
      code: error.code,
      message: error.message,
      requestId: error.requestId,
    };
  }
  return {
    status: 500,
    code: "unexpected",
    message: "Something unexpected went wrong. Try again in a moment.",
  };
}
