import { HydrationBoundary } from "@tanstack/react-query";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { TicketQueueClient } from "@/components/tickets/ticket-queue-client";
import { dehydrateCache } from "@/lib/query/dehydrate-cache";
import { getQueryClient } from "@/lib/query/query-client";
import { ticketListOptions } from "@/lib/tickets/queries";
import { idSchema, parseQueueFilters } from "@/lib/tickets/schemas";
import { serverFetcher } from "@/lib/tickets/server/server-fetcher";

export const metadata: Metadata = { title: "Tickets" };

type Props = {
  params: Promise<{ accountID: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function TicketQueuePage({ params, searchParams }: Props) {
  const { accountID } = await params;
  if (!idSchema.safeParse(accountID).success) notFound();
  const filters = parseQueueFilters(await searchParams);

  const queryClient = getQueryClient();
  // "Waiting longest" streams through the merged queue in the browser: nothing to prefetch.
  if (filters.sort !== "waiting") {
    await queryClient.prefetchInfiniteQuery(ticketListOptions(serverFetcher, accountID, filters));
  }

  return (
    <HydrationBoundary state={dehydrateCache(queryClient)}>
      <TicketQueueClient accountID={accountID} />
    </HydrationBoundary>
  );
}
