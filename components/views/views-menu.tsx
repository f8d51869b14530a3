"use client";

import { useEffect, useId, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { ChevronDown, Layers } from "@/components/ui/icons";
import { useSavedViews } from "@/lib/views/use-views";
import { ViewList } from "./view-list";

/**
 * The person's saved views as a menu button beside the queue: a disclosure
 * (not an ARIA menu: each row holds a link and its own buttons), closed by
 * Escape or a click outside it.
 */
export function ViewsMenu() {
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const panelID = useId();
  const views = useSavedViews();

  useEffect(() => {
    if (!open) return;
    const outside = (event: PointerEvent) => {
      // A dialog opened from a row lives in the top layer but inside this root.
      if (event.target instanceof Node && !root.current?.contains(event.target)) setOpen(false);
    };
    const onEscape = (event: KeyboardEvent) => {
      if (event.key !== "Escape" || document.querySelector("dialog[open]")) return;
      setOpen(false);
      button.current?.focus();
    };
    document.addEventListener("pointerdown", outside);
    document.addEventListener("keydown", onEscape);
    return () => {
      document.removeEventListener("pointerdown", outside);
      document.removeEventListener("keydown", onEscape);
    };
  }, [open]);

  const count = views.data?.length;
  return (
    <div ref={root} className="relative">
      <Button
        ref={button}
        size="sm"
        aria-expanded={open}
        aria-controls={panelID}
        onClick={() => setOpen((was) => !was)}
      >
        <Layers className="size-4" />
        Views{count ? ` (${count})` : ""}
        <ChevronDown className="size-4" />
      </Button>
      <div
        id={panelID}
        hidden={!open}
        className="absolute left-0 z-20 mt-1 w-[min(24rem,calc(100vw-2rem))] rounded-lg border border-line bg-surface p-2 text-ink shadow-lg"
      >
        <ViewList query={views} onOpenView={() => setOpen(false)} />
      </div>
    </div>
  );
}
