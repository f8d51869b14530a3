import { HydrationBoundary } from "@tanstack/react-query";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { TicketDetailClient } from "@/components/tickets/ticket-detail-client";
import { toUserError } from "@/lib/errors/user-error";
import { dehydrateCache } from "@/lib/query/dehydrate-cache";
import { getQueryClient } from "@/lib/query/query-client";
import { ticketMessagesOptions, ticketOptions } from "@/lib/tickets/queries";
import { ticketRouteParamsSchema } from "@/lib/tickets/schemas";
import { serverFetcher } from "@/lib/tickets/server/server-fetcher";

export const metadata: Metadata = { title: "Ticket" };

type Props = { params: Promise<{ accountID: string; ticketID: string }> };

export default async function TicketPage({ params }: Props) {
  const parsed = ticketRouteParamsSchema.safeParse(await params);
  if (!parsed.success) notFound();
  const { accountID, ticketID } = parsed.data;

  const queryClient = getQueryClient();
  const ticket = ticketOptions(serverFetcher, accountID, ticketID);
  const messages = ticketMessagesOptions(serverFetcher, accountID, ticketID);
  await Promise.all([queryClient.prefetchQuery(ticket), queryClient.prefetchQuery(messages)]);

  const failed = queryClient.getQueryState(ticket.queryKey)?.error;
  if (failed && toUserError(failed).code === "not_found") notFound();

  return (
    <HydrationBoundary state={dehydrateCache(queryClient)}>
      <TicketDetailClient accountID={accountID} ticketID={ticketID} />
    </HydrationBoundary>
  );
}
