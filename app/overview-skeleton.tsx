import { Skeleton } from "@/components/ui/skeleton";

/** The overview's shape while its lists are read. */
export function OverviewSkeleton() {
  return (
    <div role="status" className="flex flex-col gap-4">
      <span className="sr-only">Loading the overview…</span>
      <Skeleton className="h-4 w-40" />
      <div className="grid gap-4 lg:grid-cols-2">
        <Skeleton className="h-56" />
        <Skeleton className="h-56" />
        <Skeleton className="h-64 lg:col-span-2" />
      </div>
    </div>
  );
}
