import type { ReactNode } from "react";

/** The queue's columns; a view across accounts adds "Account" after the title. */
export function queueColumns(withAccount = false): string[] {
  return [
    "Number",
    "Title",
    ...(withAccount ? ["Account"] : []),
    "Contact",
    "Status",
    "Created",
    "Updated",
    "Latest message",
    "Foreign ID",
  ];
}

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
  columns: string[];
  children: ReactNode;
}) {
  return (
    <div className="relative overflow-x-auto rounded-lg border border-line bg-surface">
      <table className="w-full min-w-[60rem] border-collapse text-left">
        <caption className="sr-only">{caption}</caption>
        <thead className="border-b border-line bg-surface-muted text-xs uppercase tracking-wide text-ink-muted">
          <tr>
            {columns.map((column) => (
              <th key={column} scope="col" className="px-3 py-2 font-semibold">
                {column}
              </th>
            ))}
            <th scope="col" className="px-3 py-2 text-right font-semibold">
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
