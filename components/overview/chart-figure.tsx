import type { ReactNode } from "react";

export type TableColumn = { header: string; numeric?: boolean };

type Props = {
  /** Makes the figure's element IDs unique on the page. */
  id: string;
  title: string;
  /** The chart's gist in a sentence: the SVG's description for screen readers, shown too. */
  summary: string;
  /** The SVG itself, drawn by the caller: titled like the caption and described by the summary. */
  chart: (labels: { title: string; describedBy: string }) => ReactNode;
  columns: TableColumn[];
  /** The table alternative: a row header, then one cell per further column. */
  rows: Array<{ key: string; header: ReactNode; cells: ReactNode[] }>;
};

/**
 * One chart as a figure: a caption, a one-sentence summary, the SVG (an
 * image named by the caption) and the same numbers as a real table behind
 * "Show as table", so nothing is only in the picture.
 */
export function ChartFigure({ id, title, summary, chart, columns, rows }: Props) {
  const captionID = `${id}-caption`;
  const summaryID = `${id}-summary`;
  return (
    <figure
      aria-labelledby={captionID}
      className="flex min-w-0 flex-col gap-2 rounded-lg border border-line bg-surface p-4"
    >
      <figcaption id={captionID} className="font-semibold text-ink">
        {title}
      </figcaption>
      <p id={summaryID} className="text-sm text-ink-muted">
        {summary}
      </p>
      {chart({ title, describedBy: summaryID })}
      <details className="text-sm">
        <summary className="cursor-pointer text-ink-muted underline-offset-2 hover:underline">
          Show as table
        </summary>
        <table className="mt-2 w-full border-collapse text-left">
          <caption className="sr-only">{title}</caption>
          <thead>
            <tr className="border-b border-line">
              {columns.map((column) => (
                <th
                  key={column.header}
                  scope="col"
                  className={`py-1 pr-3 font-medium ${column.numeric ? "text-right" : ""}`}
                >
                  {column.header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key} className="border-b border-line last:border-0">
                <th scope="row" className="py-1 pr-3 font-normal">
                  {row.header}
                </th>
                {row.cells.map((cell, index) => (
                  <td
                    // biome-ignore lint/suspicious/noArrayIndexKey: the cells are columns, fixed in number and order
                    key={index}
                    className={`py-1 pr-3 ${columns[index + 1]?.numeric ? "text-right tabular-nums" : ""}`}
                  >
                    {cell}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
