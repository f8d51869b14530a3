import type { ReactNode } from "react";
import { PageCheckbox } from "./bulk/page-checkbox";
import { columnLook, type QueueColumn } from "./queue-columns";

/**
 * The queue's table: its box (which scrolls sideways on a narrow screen), caption and header.
 * The box is `relative` so the visually hidden labels inside it (position: absolute) are
 * placed within it too; otherwise they sit outside the scroll box and widen the whole page.
 */
export function TicketTableFrame({
  caption,
  columns,
  children,
}: {
  caption: string;
  columns: QueueColumn[];
  children: ReactNode;
}) {
  // Below 640 px the table is a list of cards (queue-columns.ts).
  return (
    <div className="relative overflow-x-auto rounded-lg border border-line bg-surface">
      <table className="w-full border-collapse text-left max-sm:block lg:min-w-[60rem]">
        <caption className="sr-only">{caption}</caption>
        <thead className="border-b border-line bg-surface-muted text-xs uppercase tracking-wide text-ink-muted max-sm:hidden">
          <tr>
            <th scope="col" className="w-px py-2 pl-3">
              <PageCheckbox />
            </th>
            {columns.map((column) => (
              <th
                key={column.key}
                scope="col"
                className={`${columnLook[column.key]} queue-cell font-semibold`}
              >
                {column.label}
              </th>
            ))}
            <th scope="col" className="px-3 py-2 text-right font-semibold">
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody className="max-sm:block">{children}</tbody>
      </table>
    </div>
  );
}
