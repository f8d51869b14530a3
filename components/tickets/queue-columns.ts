/**
 * The queue's columns and how each shows at each width, shared by the header
 * (ticket-table-frame.tsx) and the rows (ticket-row.tsx) so a column hidden
 * in one is hidden in the other.
 * - From 1024 px: every column. "Updated" is on the ticket's page only: the
 *   latest message says more, and the title needs the room.
 * - 640–1023 px: no contact, dates or foreign ID (all on the ticket's page), so
 *   a tablet's table fits without sideways scrolling.
 * - Below 640 px each row is a card: checkbox | number and badge, title,
 *   account, waiting time and Close; the header row is hidden (its "select
 *   all" is in the selection bar there).
 */
export const rowLook = "queue-row";

/** Each column's class (app/globals.css): the rules above, for its header cell and its row cells. */
export const columnLook = {
  checkbox: "queue-col-checkbox",
  number: "queue-col-number",
  title: "queue-col-title",
  account: "queue-col-account",
  contact: "queue-col-wide-only",
  status: "queue-col-status",
  created: "queue-col-wide-only",
  latest: "queue-col-latest",
  foreignID: "queue-col-wide-only",
  actions: "queue-col-actions",
} as const;

export type QueueColumn = { key: keyof typeof columnLook; label: string };

/** The named columns in order; a view across accounts adds "Account" after the title. */
export function queueColumns(withAccount = false): QueueColumn[] {
  return [
    { key: "number", label: "Number" },
    { key: "title", label: "Title" },
    ...(withAccount ? [{ key: "account", label: "Account" } as const] : []),
    { key: "contact", label: "Contact" },
    { key: "status", label: "Status" },
    { key: "created", label: "Created" },
    { key: "latest", label: "Latest message" },
    { key: "foreignID", label: "Foreign ID" },
  ];
}
