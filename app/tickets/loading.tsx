import { QueueSkeleton } from "@/components/tickets/queue-skeleton";
import { Skeleton } from "@/components/ui/skeleton";

export default function AllTicketsLoading() {
  return (
    <div className="flex flex-col gap-4">
      <Skeleton className="h-8 w-56" />
      <Skeleton className="h-8 w-full max-w-xl" />
      <QueueSkeleton />
    </div>
  );
}
