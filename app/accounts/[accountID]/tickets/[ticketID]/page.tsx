import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { TicketDetailClient } from "@/components/tickets/ticket-detail-client";
import { getQueryClient } from "@/lib/query/query-client";
import { ticketMessagesOptions, ticketOptions } from "@/lib/tickets/queries";
import { ticketRouteParamsSchema } from "@/lib/tickets/schemas";
import { prefetchFailure } from "@/lib/tickets/server/prefetch";
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

  const ticketFailure = prefetchFailure(queryClient, ticket.queryKey);
  if (ticketFailure?.status === 404) notFound();

  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <TicketDetailClient
        accountID={accountID}
        ticketID={ticketID}
        ticketFailure={ticketFailure}
        messagesFailure={prefetchFailure(queryClient, messages.queryKey)}
      />
    </HydrationBoundary>
  );
}
