"use client";

import { ErrorState } from "@/components/tickets/error-state";

export default function TicketError({ retry }: { error: unknown; retry: () => void }) {
  return (
    <ErrorState
      title="This ticket could not be shown"
      error={{ message: "Something unexpected went wrong. Try again in a moment." }}
      onRetry={retry}
    />
  );
}
