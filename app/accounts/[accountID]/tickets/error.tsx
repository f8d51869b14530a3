"use client";

import { ErrorState } from "@/components/tickets/error-state";

/** Last resort for this segment: server errors arrive without details, so the sentence is generic. */
export default function TicketsError({ retry }: { error: unknown; retry: () => void }) {
  return (
    <ErrorState
      title="The tickets could not be shown"
      error={{ message: "Something unexpected went wrong. Try again in a moment." }}
      onRetry={retry}
    />
  );
}
