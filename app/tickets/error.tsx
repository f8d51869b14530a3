"use client";

import { ErrorState } from "@/components/ui/error-state";
import { unexpectedFailure } from "@/lib/errors/user-error";

/** Last resort for this page: server errors arrive without details, so the sentence is generic. */
export default function AllTicketsError({ retry }: { error: unknown; retry: () => void }) {
  return (
    <ErrorState title="The tickets could not be shown" error={unexpectedFailure} onRetry={retry} />
  );
}
