"use client";

import { CircleCheck, TriangleAlert } from "lucide-react";
import { RequestId } from "@/components/ui/request-id";
import type { ExportState } from "@/lib/export/use-csv-export";

const count = new Intl.NumberFormat("en-US");
const tickets = (rows: number) => `${count.format(rows)} ${rows === 1 ? "ticket" : "tickets"}`;

/** What the running export shows and the button is described by: "2,000 tickets exported…". */
export function progressText(rows: number): string {
  return `${tickets(rows)} exported…`;
}

/**
 * Where the export stands. The count moves as rows arrive but is announced
 * only when the export starts and ends, so a screen reader is not read every
 * thousand rows; a failure is an alert, with Moov's request ID.
 */
export function ExportStatus({ state, progressID }: { state: ExportState; progressID: string }) {
  if (state.phase === "failed") {
    const incomplete = state.rows > 0;
    return (
      <div
        role="alert"
        className="flex basis-full items-start gap-2 rounded-lg border border-danger bg-danger-soft p-3 text-sm text-ink"
      >
        <TriangleAlert aria-hidden="true" className="mt-0.5 size-4 shrink-0 text-danger" />
        <div className="flex flex-col gap-1">
          <p className="font-semibold">
            {incomplete
              ? `The export stopped after ${tickets(state.rows)}. Nothing was saved.`
              : "The export failed. Nothing was saved."}
          </p>
          <p>{state.error.message}</p>
          <RequestId id={state.error.requestId} />
        </div>
      </div>
    );
  }
  const announced =
    state.phase === "running"
      ? "Exporting tickets…"
      : state.phase === "done"
        ? `Exported ${tickets(state.rows)} to ${state.filename}.`
        : state.phase === "cancelled"
          ? "Export cancelled. Nothing was saved."
          : "";
  return (
    <div className="flex min-h-5 items-center gap-2 text-sm text-ink-muted">
      <p role="status" aria-live="polite" className="sr-only">
        {announced}
      </p>
      {state.phase === "running" ? (
        <>
          <progress aria-hidden="true" className="h-1.5 w-24" />
          <span id={progressID}>{progressText(state.rows)}</span>
        </>
      ) : null}
      {state.phase === "done" ? (
        <span aria-hidden="true" className="flex items-center gap-1">
          <CircleCheck aria-hidden="true" className="size-4" />
          {`Exported ${tickets(state.rows)}.`}
        </span>
      ) : null}
      {state.phase === "cancelled" ? <span aria-hidden="true">Export cancelled.</span> : null}
    </div>
  );
}
