"use client";

import { type RefObject, useEffect } from "react";
import { useShortcuts } from "@/lib/keyboard/use-shortcuts";

type Options = {
  container: RefObject<HTMLElement | null>;
  toggle: (key: string, range: boolean) => void;
  onCloseSelected: () => void;
  announce: (message: string) => void;
};

/**
 * A queue's own keys (the list is lib/keyboard/shortcut-list.ts). The focused
 * row is real focus on its title link, so a screen reader reads the ticket
 * and Enter opens it as any link would. Rows are looked up in the DOM at each
 * press, so live updates that add, move or drop rows never leave a stale index:
 * focus stays on the same ticket's link wherever it moved.
 */
export function useQueueKeys({ container, toggle, onCloseSelected, announce }: Options) {
  const rows = () => [
    ...(container.current?.querySelectorAll<HTMLElement>("[data-row-key]") ?? []),
  ];
  const focusedRow = () => {
    const active = document.activeElement;
    const row =
      active instanceof HTMLElement ? active.closest<HTMLElement>("[data-row-key]") : null;
    return row && container.current?.contains(row) ? row : null;
  };
  const move = (step: 1 | -1) => {
    const all = rows();
    if (all.length === 0) return announce("No tickets here.");
    const current = focusedRow();
    const index = current ? all.indexOf(current) + step : step === 1 ? 0 : all.length - 1;
    const target = all[Math.min(Math.max(index, 0), all.length - 1)];
    if (current && target === current) {
      announce(step === 1 ? "This is the last loaded ticket." : "This is the first ticket.");
    }
    const link = target?.querySelector<HTMLElement>("[data-row-link]");
    link?.focus();
    link?.scrollIntoView({ block: "nearest" });
  };
  const onFocused = (act: (row: HTMLElement) => void) => () => {
    const row = focusedRow();
    if (row) act(row);
    else announce("No ticket is focused. Press j to move to the first one.");
  };

  // Marks the queue once its keys are bound: its part of the page may hydrate after the
  // header (a Suspense boundary of its own), and a key pressed before goes nowhere.
  useEffect(() => {
    const element = container.current;
    element?.setAttribute("data-keys-bound", "");
    return () => element?.removeAttribute("data-keys-bound");
  }, [container]);

  useShortcuts([
    { keys: ["j"], run: () => move(1) },
    { keys: ["k"], run: () => move(-1) },
    {
      keys: ["o"],
      run: onFocused((row) => row.querySelector<HTMLElement>("[data-row-link]")?.click()),
    },
    {
      keys: ["x"],
      run: onFocused((row) => {
        const box = row.querySelector<HTMLInputElement>("input[type=checkbox]");
        if (box?.disabled) return announce("A closed ticket cannot be selected.");
        if (row.dataset.rowKey) toggle(row.dataset.rowKey, false);
      }),
    },
    {
      keys: ["c"],
      run: onFocused((row) => {
        const close = row.querySelector<HTMLElement>("[data-row-close] button");
        if (close) close.click();
        else announce("This ticket is closed already.");
      }),
    },
    { keys: ["Shift+C"], run: onCloseSelected },
  ]);
}
