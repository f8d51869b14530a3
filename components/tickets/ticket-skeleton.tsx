"use client";

import { Skeleton } from "@/components/ui/skeleton";

/** A ticket's loading screen: a client component for the reason QueueLoading is one. */
export function TicketSkeleton() {
  return (
    <div role="status" aria-live="polite" className="flex flex-col gap-4">
      <span className="sr-only">Loading ticket…</span>
      <Skeleton className="h-4 w-24" />
      <Skeleton className="h-8 w-2/3" />
      <Skeleton className="h-32 w-full" />
      <Skeleton className="h-24 w-full" />
      <Skeleton className="h-24 w-full" />
    </div>
  );
}
