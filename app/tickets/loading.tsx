import { QueueLoading } from "@/components/tickets/queue-skeleton";

export default function AllTicketsLoading() {
  return <QueueLoading titleWidth="w-56" />;
}
