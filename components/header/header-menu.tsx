"use client";

import { usePathname } from "next/navigation";
import { type ReactNode, useEffect, useId, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { Menu, X } from "@/components/ui/icons";

/**
 * Below 640 px the header's controls live behind one Menu button (a
 * disclosure: the panel follows the button, so Tab walks into it). Escape
 * closes it and puts focus back on the button, unless something open inside
 * it (the switcher's list, a dialog) takes that Escape first. It closes on
 * navigation and on a press outside it. From 640 px up it is not shown: the
 * header lays the same controls out in a row.
 */
export function HeaderMenu({ children }: { children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const panelID = useId();
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const pathname = usePathname();

  // A new path is a navigation: the menu closes (adjusted while rendering, as React advises).
  const [openedOn, setOpenedOn] = useState(pathname);
  if (openedOn !== pathname) {
    setOpenedOn(pathname);
    setOpen(false);
  }

  useEffect(() => {
    if (!open) return;
    const innerOpen = () =>
      document.querySelector("dialog[open]") !== null ||
      panel.current?.querySelector('[aria-expanded="true"]') != null;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== "Escape" || event.defaultPrevented || innerOpen()) return;
      setOpen(false);
      button.current?.focus();
    };
    const onPointerDown = (event: PointerEvent) => {
      const target = event.target as Node;
      if (panel.current?.contains(target) || button.current?.contains(target)) return;
      if (!document.querySelector("dialog[open]")) setOpen(false);
    };
    // A link to the page already shown changes no path: close on the click itself.
    const onClick = (event: MouseEvent) => {
      if ((event.target as Element).closest("a[href]")) setOpen(false);
    };
    const inside = panel.current;
    document.addEventListener("keydown", onKeyDown);
    document.addEventListener("pointerdown", onPointerDown);
    inside?.addEventListener("click", onClick);
    return () => {
      document.removeEventListener("keydown", onKeyDown);
      document.removeEventListener("pointerdown", onPointerDown);
      inside?.removeEventListener("click", onClick);
    };
  }, [open]);

  return (
    <>
      <Button
        ref={button}
        size="sm"
        variant="ghost"
        className="sm:hidden"
        aria-expanded={open}
        aria-controls={panelID}
        onClick={() => setOpen((value) => !value)}
      >
        {open ? <X className="size-4" /> : <Menu className="size-4" />}
        Menu
      </Button>
      <div
        ref={panel}
        id={panelID}
        hidden={!open}
        className="order-last basis-full border-t border-line pt-3 sm:hidden"
      >
        {open ? children : null}
      </div>
    </>
  );
}
