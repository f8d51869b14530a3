"use client";

import { ErrorState } from "@/components/ui/error-state";
import { unexpectedFailure } from "@/lib/errors/user-error";

/** Last resort: the accounts could not even be listed (server errors arrive without details). */
export default function OverviewError({ retry }: { error: unknown; retry: () => void }) {
  return (
    <ErrorState title="The overview could not be shown" error={unexpectedFailure} onRetry={retry} />
  );
}
