import { TicketSkeleton } from "@/components/tickets/ticket-skeleton";

export default function TicketLoading() {
  return <TicketSkeleton />;
}
