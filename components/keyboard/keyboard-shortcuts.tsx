"use client";

import { createContext, type ReactNode, useContext, useState } from "react";
import { Button } from "@/components/ui/button";
import { Keyboard } from "@/components/ui/icons";
import { LiveAnnouncer } from "@/components/ui/live-announcer";
import { useGlobalShortcuts } from "@/lib/keyboard/use-global-shortcuts";
import { ShortcutsHelpDialog } from "./shortcuts-help-dialog";

const OpenHelp = createContext<() => void>(() => {});

type Props = Omit<Parameters<typeof useGlobalShortcuts>[0], "openHelp"> & { children: ReactNode };

/**
 * The page-wide shortcuts, their help dialog and the live region that speaks
 * for them, around the header: mounted once per signed-in page. Any
 * ShortcutsButton inside opens the same help as "?".
 */
export function KeyboardShortcuts({ children, ...options }: Props) {
  const [helpOpen, setHelpOpen] = useState(false);
  const openHelp = () => setHelpOpen(true);
  useGlobalShortcuts({ ...options, openHelp });
  return (
    <OpenHelp value={openHelp}>
      {children}
      <ShortcutsHelpDialog open={helpOpen} onClose={() => setHelpOpen(false)} />
      <LiveAnnouncer />
    </OpenHelp>
  );
}

/**
 * Finds the shortcuts without knowing "?". Its visible word is part of its
 * name. In the header's row it is an icon alone from 640 px to 768 px, where
 * the word would push the row onto a third line.
 */
export function ShortcutsButton({ inRow = false }: { inRow?: boolean }) {
  const openHelp = useContext(OpenHelp);
  return (
    <Button
      size="sm"
      variant="ghost"
      aria-label="Keyboard shortcuts"
      aria-keyshortcuts="Shift+?"
      title="Keyboard shortcuts (?)"
      onClick={openHelp}
    >
      <Keyboard className="size-4" />
      <span className={inRow ? "hidden md:inline" : undefined}>Shortcuts</span>
    </Button>
  );
}
