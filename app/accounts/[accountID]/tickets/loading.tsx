import { QueueLoading } from "@/components/tickets/queue-skeleton";

export default function TicketQueueLoading() {
  return <QueueLoading titleWidth="w-40" />;
}
