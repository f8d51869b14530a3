import { maxBulkClose } from "./schemas";
import type { TicketStatus } from "./status";

/**
 * Which tickets of a queue are selected for a bulk close. Pure, so the
 * checkbox, Shift+click, the header checkbox and the `x` key all change it
 * the same way. A selected ticket is kept with what the confirm dialog shows
 * of it, so it can still be listed after a live update moved it off screen.
 */
export type SelectableTicket = {
  accountID: string;
  ticketID: string;
  number: number;
  title: string;
  status: TicketStatus | string;
  /** The account's name, in a view across accounts. */
  accountName?: string;
};

export type Selection = {
  picked: ReadonlyMap<string, SelectableTicket>;
  /** The row last toggled by hand: one end of a Shift+click range. */
  anchor: string | null;
  /** Tickets left out because the selection would pass the bulk close's limit. */
  overflow: number;
};

export const emptySelection: Selection = { picked: new Map(), anchor: null, overflow: 0 };

export const selectionKey = (ticket: { accountID: string; ticketID: string }) =>
  `${ticket.accountID}/${ticket.ticketID}`;

/** A closed ticket has nothing to close; once selected (closed meanwhile) it may still be unselected. */
export const canSelect = (selection: Selection, ticket: SelectableTicket) =>
  ticket.status !== "closed" || selection.picked.has(selectionKey(ticket));

/** Sets several rows at once, never past the limit; the ones left out are counted. */
function setRows(
  selection: Selection,
  rows: readonly SelectableTicket[],
  on: boolean,
  anchor: string | null,
): Selection {
  const picked = new Map(selection.picked);
  let overflow = 0;
  for (const row of rows) {
    const key = selectionKey(row);
    if (!on) picked.delete(key);
    else if (picked.has(key) || !canSelect(selection, row)) continue;
    else if (picked.size >= maxBulkClose) overflow += 1;
    else picked.set(key, row);
  }
  return { picked, anchor, overflow };
}

/**
 * One row's checkbox (a click, Space, or `x`). With `range` (Shift+click),
 * every row from the anchor to this one, in the order on screen, takes this
 * row's new state; without an anchor still on screen it is a plain toggle.
 */
export function toggleRow(
  selection: Selection,
  rows: readonly SelectableTicket[],
  key: string,
  range: boolean,
): Selection {
  const index = rows.findIndex((row) => selectionKey(row) === key);
  const row = rows[index];
  if (!row) return selection;
  const on = !selection.picked.has(key);
  const anchorIndex = selection.anchor
    ? rows.findIndex((candidate) => selectionKey(candidate) === selection.anchor)
    : -1;
  if (!range || anchorIndex === -1) return setRows(selection, [row], on, key);
  const [from, to] = anchorIndex < index ? [anchorIndex, index] : [index, anchorIndex];
  return setRows(selection, rows.slice(from, to + 1), on, key);
}

/** The header checkbox: whether every selectable row on screen is selected, some, or none. */
export function pageState(
  selection: Selection,
  rows: readonly SelectableTicket[],
): "all" | "some" | "none" {
  const selectable = rows.filter((row) => canSelect(selection, row));
  const chosen = selectable.filter((row) => selection.picked.has(selectionKey(row))).length;
  if (chosen === 0) return "none";
  return chosen === selectable.length ? "all" : "some";
}

/** The header checkbox's click: all of the loaded rows, or (when all are) none of them. */
export function togglePage(selection: Selection, rows: readonly SelectableTicket[]): Selection {
  const on = pageState(selection, rows) !== "all";
  return setRows(selection, rows, on, selection.anchor);
}

/** Drops tickets from the selection (say, the ones a bulk close has closed). */
export function without(selection: Selection, keys: Iterable<string>): Selection {
  const picked = new Map(selection.picked);
  for (const key of keys) picked.delete(key);
  return { ...selection, picked, overflow: 0 };
}
