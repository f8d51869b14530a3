"use client";

import { useEffect, useRef } from "react";
import { pageState } from "@/lib/tickets/selection";
import { useSelectionControls } from "./selection-context";

/** The header checkbox: every loaded open ticket, or none; mixed while some are selected. */
export function PageCheckbox({ id, className }: { id?: string; className?: string }) {
  const controls = useSelectionControls();
  const box = useRef<HTMLInputElement>(null);
  const state = controls ? pageState(controls.selection, controls.rows) : "none";
  useEffect(() => {
    if (box.current) box.current.indeterminate = state === "some";
  }, [state]);
  if (!controls) return null;
  const selectable = controls.rows.filter((row) => row.status !== "closed").length;
  return (
    <input
      ref={box}
      id={id}
      type="checkbox"
      className={`size-5 cursor-pointer accent-[var(--accent)] disabled:cursor-not-allowed sm:size-4 ${className ?? ""}`}
      aria-label={`Select all ${selectable} loaded open tickets`}
      checked={state === "all"}
      disabled={selectable === 0}
      onChange={controls.togglePage}
    />
  );
}
