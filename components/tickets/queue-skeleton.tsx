"use client";

import { Skeleton } from "@/components/ui/skeleton";

const placeholderRows = ["a", "b", "c", "d", "e", "f"];

/** Rows of placeholders while a table is on its way; `label` is what screen readers hear. */
export function QueueSkeleton({ label = "Loading tickets…" }: { label?: string }) {
  return (
    <div role="status" aria-live="polite" className="rounded-lg border border-line bg-surface">
      <span className="sr-only">{label}</span>
      {placeholderRows.map((row) => (
        <div
          key={row}
          className="flex items-center gap-4 border-b border-line px-4 py-3 last:border-b-0"
        >
          <Skeleton className="h-4 w-10" />
          <Skeleton className="h-4 flex-1" />
          <Skeleton className="h-4 w-32" />
          <Skeleton className="h-5 w-20 rounded-full" />
          <Skeleton className="h-4 w-16" />
        </div>
      ))}
    </div>
  );
}

/**
 * A queue's loading screen (app/…/tickets/loading.tsx): a client component so
 * that every page under it carries a reference to it in its RSC payload, not
 * its whole tree of placeholders (about 4 KB a page, serialized, parsed and
 * inlined again on each request).
 */
export function QueueLoading({ titleWidth }: { titleWidth: "w-40" | "w-56" }) {
  return (
    <div className="flex flex-col gap-4">
      <Skeleton className={`h-8 ${titleWidth}`} />
      <Skeleton className="h-8 w-full max-w-xl" />
      <QueueSkeleton />
    </div>
  );
}
