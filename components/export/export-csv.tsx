"use client";

import { useId, useRef, useSyncExternalStore } from "react";
import { Button, buttonVariants } from "@/components/ui/button";
import { Download, X } from "@/components/ui/icons";
import { useCsvExport } from "@/lib/export/use-csv-export";
import { ExportFailure, ExportProgress } from "./export-status";

const subscribe = () => () => {};

/**
 * "Export CSV" for the view on screen: `href` is the view's export address
 * (lib/export/contract.ts → exportPaths), so the file holds every page of
 * exactly these filters. Until the page has hydrated it is a plain download
 * link (the browser streams the file to disk by itself); then a button that
 * shows progress, can cancel and says why a file is incomplete. While it
 * runs the button stays focusable but is aria-disabled and described by the
 * progress.
 */
export function ExportCsv({ href }: { href: string }) {
  const { state, start, cancel } = useCsvExport();
  const progressID = useId();
  const exportButton = useRef<HTMLButtonElement>(null);
  const hydrated = useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
  const running = state.phase === "running";

  if (!hydrated) {
    return (
      <a href={href} download className={buttonVariants()}>
        <Download className="size-4" />
        Export CSV
      </a>
    );
  }

  const stop = () => {
    cancel();
    // Cancel disappears once the export ends: focus goes back where the export began.
    exportButton.current?.focus();
  };

  return (
    <div className="flex flex-col items-end gap-2">
      <div className="flex flex-wrap items-center justify-end gap-2">
        <ExportProgress state={state} progressID={progressID} />
        {running ? (
          <Button variant="ghost" size="sm" onClick={stop}>
            <X className="size-4" />
            Cancel export
          </Button>
        ) : null}
        <Button
          ref={exportButton}
          aria-disabled={running || undefined}
          aria-describedby={running ? progressID : undefined}
          className="aria-disabled:cursor-not-allowed aria-disabled:opacity-60"
          onClick={() => {
            if (!running) void start(href);
          }}
        >
          <Download className="size-4" />
          Export CSV
        </Button>
      </div>
      <ExportFailure state={state} />
    </div>
  );
}
