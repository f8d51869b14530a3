"use client";

import { type ReactNode, useRef, useState } from "react";
import type { Notice } from "@/components/ui/action-notice";
import {
  emptySelection,
  type SelectableTicket,
  selectionKey,
  togglePage,
  toggleRow,
  without,
} from "@/lib/tickets/selection";
import { useBulkClose } from "@/lib/tickets/use-bulk-close";
import { BulkCloseDialog, bulkSummary } from "./bulk-close-dialog";
import { useQueueKeys } from "./queue-keys";
import { SelectionBar } from "./selection-bar";
import { SelectionContext } from "./selection-context";

type Props = {
  /** The queue's loaded rows, in the order on screen. */
  rows: readonly SelectableTicket[];
  /** A view across accounts names each ticket's account in the confirm. */
  withAccount: boolean;
  onNotice: (notice: Notice) => void;
  fallbackFocus: () => HTMLElement | null;
  children: ReactNode;
};

/**
 * A queue's bulk close and keyboard triage: the selection its rows' and
 * header's checkboxes change, the bar with Close N tickets, the one confirm
 * that turns into per-ticket progress, and the queue's keys (queue-keys.ts).
 * The queue keys this by its filters, so a new filter starts a new selection.
 */
export function TicketSelection({ rows, withAccount, onNotice, fallbackFocus, children }: Props) {
  const [selection, setSelection] = useState(emptySelection);
  const [dialogOpen, setDialogOpen] = useState(false);
  const [announcement, setAnnouncement] = useState("");
  const container = useRef<HTMLDivElement>(null);
  // At the end of a run, whether its dialog is open or hidden: what was closed (or found
  // closed) leaves the selection, what failed stays for another try, and the queue says so.
  const bulk = useBulkClose((items) => {
    const finished = items.filter((item) => item.state !== "failed");
    setSelection((current) =>
      without(
        current,
        finished.map((item) => selectionKey(item.ticket)),
      ),
    );
    onNotice({
      tone: finished.length === items.length ? "success" : "error",
      message: `Bulk close: ${bulkSummary(items)}.`,
    });
  });
  const selected = [...selection.picked.values()];
  const settled = bulk.items.filter((item) => !["waiting", "closing"].includes(item.state));

  const toggle = (key: string, range: boolean) => {
    const next = toggleRow(selection, rows, key, range);
    setSelection(next);
    const ticket = rows.find((row) => selectionKey(row) === key);
    if (ticket && !range) {
      const verb = next.picked.has(key) ? "Selected" : "Unselected";
      setAnnouncement(`${verb} ticket #${ticket.number}. ${next.picked.size} selected.`);
    } else setAnnouncement(`${next.picked.size} selected.`);
  };

  const openConfirm = () => {
    if (selection.picked.size === 0) {
      setAnnouncement("No tickets are selected. Press x to select the focused ticket.");
      return;
    }
    if (bulk.running) return setDialogOpen(true);
    bulk.reset();
    setDialogOpen(true);
  };

  const hide = () => {
    setDialogOpen(false);
    if (!bulk.running) bulk.reset();
  };

  useQueueKeys({ container, toggle, onCloseSelected: openConfirm, announce: setAnnouncement });

  return (
    <SelectionContext.Provider
      value={{
        selection,
        rows,
        toggle,
        togglePage: () => setSelection(togglePage(selection, rows)),
      }}
    >
      <div ref={container} className="flex flex-col gap-3">
        <SelectionBar
          running={bulk.running}
          done={settled.length}
          total={bulk.items.length}
          onClose={openConfirm}
          onClear={() => {
            setSelection(emptySelection);
            setAnnouncement("Selection cleared.");
          }}
          onShowProgress={() => setDialogOpen(true)}
        />
        {children}
      </div>
      <p role="status" aria-live="polite" className="sr-only">
        {announcement}
      </p>
      <BulkCloseDialog
        open={dialogOpen}
        selected={selected}
        items={bulk.items}
        running={bulk.running}
        withAccount={withAccount}
        onConfirm={() => bulk.start(selected)}
        onRetryFailed={bulk.retryFailed}
        onHide={hide}
        fallbackFocus={fallbackFocus}
      />
    </SelectionContext.Provider>
  );
}
