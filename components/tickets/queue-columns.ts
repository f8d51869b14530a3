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
export const rowLook =
  "max-sm:grid max-sm:grid-cols-[auto_minmax(0,1fr)_auto] max-sm:items-center max-sm:gap-x-3 max-sm:gap-y-1 max-sm:px-3 max-sm:py-3";

export const columnLook = {
  checkbox:
    "max-sm:w-auto max-sm:col-start-1 max-sm:row-span-4 max-sm:row-start-1 max-sm:self-start max-sm:p-0",
  number: "max-sm:col-start-2 max-sm:row-start-1 max-sm:p-0",
  title: "max-sm:col-span-2 max-sm:col-start-2 max-sm:row-start-2 max-sm:max-w-none max-sm:p-0",
  account: "max-sm:col-span-2 max-sm:col-start-2 max-sm:row-start-3 max-sm:min-w-0 max-sm:p-0",
  contact: "max-lg:hidden",
  status: "max-sm:col-start-3 max-sm:row-start-1 max-sm:justify-self-end max-sm:p-0",
  created: "max-lg:hidden",
  latest: "max-sm:col-start-2 max-sm:row-start-4 max-sm:p-0",
  foreignID: "max-lg:hidden",
  actions: "max-sm:col-start-3 max-sm:row-start-4 max-sm:p-0",
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
