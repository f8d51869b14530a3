"use client";

import { Button } from "@/components/ui/button";
import { TriangleAlert } from "@/components/ui/icons";

/** Anything below the account layout that its own segment did not catch. */
export default function AccountError({ reset }: { error: Error; reset: () => void }) {
  return (
    <div
      role="alert"
      className="flex flex-col gap-3 rounded-lg border border-danger bg-danger-soft p-4 text-ink"
    >
      <h2 className="flex items-center gap-2 font-semibold">
        <TriangleAlert className="size-4 text-danger" />
        This page could not be shown
      </h2>
      <p>Something went wrong while loading it. Try again in a moment.</p>
      <div>
        <Button size="sm" onClick={reset}>
          Try again
        </Button>
      </div>
    </div>
  );
}
