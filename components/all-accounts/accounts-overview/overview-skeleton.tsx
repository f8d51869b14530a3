import { Skeleton } from "@/components/ui/skeleton";

const placeholderRows = ["a", "b", "c", "d", "e"];

/** Until the server has named the accounts. */
export function OverviewSkeleton() {
  return (
    <div role="status" aria-live="polite" className="rounded-lg border border-line bg-surface">
      <span className="sr-only">Loading accounts…</span>
      {placeholderRows.map((row) => (
        <div
          key={row}
          className="flex items-center gap-4 border-b border-line px-4 py-3 last:border-b-0"
        >
          <Skeleton className="h-4 flex-1" />
          <Skeleton className="h-4 w-10" />
          <Skeleton className="h-4 w-10" />
          <Skeleton className="h-4 w-10" />
          <Skeleton className="h-4 w-16" />
        </div>
      ))}
    </div>
  );
}
