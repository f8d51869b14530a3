"use client";

import { createContext, useContext } from "react";
import type { SelectableTicket, Selection } from "@/lib/tickets/selection";

/** What a queue's rows and header need of its selection (provided by TicketSelection). */
export type SelectionControls = {
  selection: Selection;
  rows: readonly SelectableTicket[];
  toggle: (key: string, range: boolean) => void;
  togglePage: () => void;
};

export const SelectionContext = createContext<SelectionControls | null>(null);

/** Null outside a queue with bulk actions: a row then has no checkbox. */
export const useSelectionControls = () => useContext(SelectionContext);
