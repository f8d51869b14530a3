"use client";

import { type Query, useQueryClient } from "@tanstack/react-query";
import { useSyncExternalStore } from "react";
import { CloudOff } from "@/components/ui/icons";
import { isOutage } from "@/lib/errors/error-codes";
import { toUserError } from "@/lib/errors/user-error";

/** Whether a read is failing for want of Moov (or of the app) and being retried. */
function isFailingForOutage(query: Query): boolean {
  const reason = query.state.fetchFailureReason;
  return reason !== null && isOutage(toUserError(reason).code);
}

export function OutageBanner({ detail }: { detail?: string }) {
  return (
    <div
      className="flex items-start gap-3 rounded-lg border border-status-in-progress-border bg-status-in-progress p-3 text-sm text-status-in-progress-fg"
      data-testid="moov-outage"
    >
      <CloudOff className="mt-0.5 size-4" />
      <div className="flex flex-col gap-1">
        <p className="font-semibold">Moov can’t be reached — retrying…</p>
        <p>
          {detail ??
            "What is on screen may be out of date. It refreshes by itself once Moov answers."}
        </p>
      </div>
    </div>
  );
}

/**
 * Shown while any read is failing because Moov (or Support Desk) is out of
 * reach; the reads retry with back-off (lib/tickets/queries.ts) and the banner
 * goes once one of them gets through.
 */
export function MoovOutageBanner() {
  const cache = useQueryClient().getQueryCache();
  const outage = useSyncExternalStore(
    (onChange) => cache.subscribe(onChange),
    () => cache.getAll().some(isFailingForOutage),
    () => false,
  );
  return (
    <div role="status" aria-live="polite" className="mb-4 empty:hidden">
      {outage ? <OutageBanner /> : null}
    </div>
  );
}
