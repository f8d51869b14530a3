"use client";

import { ErrorState } from "@/components/ui/error-state";
import { unexpectedFailure } from "@/lib/errors/user-error";

export default function TicketError({ retry }: { error: unknown; retry: () => void }) {
  return (
    <ErrorState title="This ticket could not be shown" error={unexpectedFailure} onRetry={retry} />
  );
}
