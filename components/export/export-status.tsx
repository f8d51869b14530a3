"use client";

import { CircleCheck, TriangleAlert } from "@/components/ui/icons";
import { RequestId } from "@/components/ui/request-id";
import type { ExportState } from "@/lib/export/use-csv-export";

const count = new Intl.NumberFormat("en-US");
const tickets = (rows: number) => `${count.format(rows)} ${rows === 1 ? "ticket" : "tickets"}`;

function announcement(state: ExportState): string {
  switch (state.phase) {
    case "running":
      return "Exporting tickets…";
    case "done":
      return `Exported ${tickets(state.rows)} to ${state.filename}.`;
    case "cancelled":
      return "Export cancelled. Nothing was saved.";
    default:
      // A failure is an alert of its own (ExportFailure).
      return "";
  }
}

/**
 * Where the export stands, beside its button. The count moves as rows arrive
 * ("2,000 tickets exported…", which the running button is described by) but
 * is announced only when the export starts and ends, so a screen reader is
 * not read every thousand rows. The live region stays mounted, so each
 * change to it is announced.
 */
export function ExportProgress({ state, progressID }: { state: ExportState; progressID: string }) {
  // The announcer is out of the flow (sr-only), so an idle export adds no
  // element, and no gap, beside the button: nothing moves when the page hydrates.
  const shown = state.phase === "running" || state.phase === "done" || state.phase === "cancelled";
  return (
    <>
      <p role="status" aria-live="polite" className="sr-only">
        {announcement(state)}
      </p>
      {shown ? (
        <div className="flex min-h-5 items-center gap-2 text-sm text-ink-muted">
          {state.phase === "running" ? (
            <>
              <progress aria-hidden="true" className="h-1.5 w-24" />
              <span id={progressID}>{`${tickets(state.rows)} exported…`}</span>
            </>
          ) : null}
          {state.phase === "done" ? (
            <span aria-hidden="true" className="flex items-center gap-1">
              <CircleCheck className="size-4" />
              {`Exported ${tickets(state.rows)}.`}
            </span>
          ) : null}
          {state.phase === "cancelled" ? <span aria-hidden="true">Export cancelled.</span> : null}
        </div>
      ) : null}
    </>
  );
}

/** An export that failed or stopped early: what came of it, why, and Moov's request ID. */
export function ExportFailure({ state }: { state: ExportState }) {
  if (state.phase !== "failed") return null;
  return (
    <div
      role="alert"
      className="flex w-full max-w-md items-start gap-2 rounded-lg border border-danger bg-danger-soft p-3 text-sm text-ink"
    >
      <TriangleAlert className="mt-0.5 size-4 shrink-0 text-danger" />
      <div className="flex flex-col gap-1">
        <p className="font-semibold">
          {state.rows > 0
            ? `The export stopped after ${tickets(state.rows)}. Nothing was saved.`
            : "The export failed. Nothing was saved."}
        </p>
        <p>{state.error.message}</p>
        <RequestId id={state.error.requestId} />
      </div>
    </div>
  );
}
