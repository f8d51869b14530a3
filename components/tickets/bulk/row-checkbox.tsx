"use client";

import { canSelect, type SelectableTicket, selectionKey } from "@/lib/tickets/selection";
import { useSelectionControls } from "./selection-context";

/**
 * A row's checkbox. Space toggles it (the browser's own); Shift+click selects
 * or unselects the range from the last row toggled. A closed ticket has
 * nothing to close, so its box is disabled unless it was selected before.
 */
export function RowCheckbox({ ticket }: { ticket: SelectableTicket }) {
  const controls = useSelectionControls();
  if (!controls) return null;
  const key = selectionKey(ticket);
  const checked = controls.selection.picked.has(key);
  return (
    <input
      type="checkbox"
      className="size-5 cursor-pointer accent-[var(--accent)] disabled:cursor-not-allowed sm:size-4"
      aria-label={`Select ticket #${ticket.number}`}
      checked={checked}
      disabled={!canSelect(controls.selection, ticket)}
      // onClick, not onChange: only the click says whether Shift was held.
      onClick={(event) => controls.toggle(key, event.shiftKey)}
      onChange={() => {}}
    />
  );
}
