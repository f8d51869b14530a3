"use client";

import { useId } from "react";
import { Button } from "@/components/ui/button";
import { Lock, X } from "@/components/ui/icons";
import { maxBulkClose } from "@/lib/tickets/schemas";
import { PageCheckbox } from "./page-checkbox";
import { useSelectionControls } from "./selection-context";

type Props = {
  running: boolean;
  done: number;
  total: number;
  onClose: () => void;
  onClear: () => void;
  onShowProgress: () => void;
};

/**
 * Above the queue: on a phone, the "select all" the table header holds on a
 * wider screen; once tickets are selected, how many and Close N tickets; while
 * a bulk close runs with its dialog hidden, its progress.
 */
export function SelectionBar({ running, done, total, onClose, onClear, onShowProgress }: Props) {
  const controls = useSelectionControls();
  const selectAllID = useId();
  if (!controls) return null;
  const count = controls.selection.picked.size;
  const { overflow } = controls.selection;
  const visible = count > 0 || running;
  return (
    <div
      className={`sticky top-0 z-10 flex min-h-12 flex-wrap items-center gap-x-4 gap-y-2 rounded-lg border border-line bg-surface px-3 py-2 shadow-sm ${visible ? "" : "sm:hidden"}`}
    >
      <div className="flex items-center gap-2 text-sm sm:hidden">
        <PageCheckbox id={selectAllID} />
        <label htmlFor={selectAllID}>Select all</label>
      </div>
      {count > 0 ? (
        <p className="text-sm font-medium" data-testid="selected-count">
          {count} selected
        </p>
      ) : null}
      {overflow > 0 ? (
        <p className="text-sm text-ink-muted">
          At most {maxBulkClose} tickets can be closed at once; {overflow} more were not selected.
        </p>
      ) : null}
      {running ? (
        <Button size="sm" variant="ghost" onClick={onShowProgress}>
          Closing… {done} of {total} done
        </Button>
      ) : null}
      {count > 0 ? (
        <div className="ml-auto flex flex-wrap gap-2">
          <Button size="sm" variant="ghost" onClick={onClear}>
            <X className="size-3.5" />
            Clear selection
          </Button>
          <Button
            size="sm"
            variant="danger"
            aria-disabled={running}
            onClick={() => {
              if (!running) onClose();
            }}
          >
            <Lock className="size-3.5" />
            Close {count === 1 ? "1 ticket" : `${count} tickets`}
          </Button>
        </div>
      ) : null}
    </div>
  );
}
