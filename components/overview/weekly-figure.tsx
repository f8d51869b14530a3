import type { WeekCount } from "@/lib/overview/aggregate";
import { ChartFigure } from "./chart-figure";
import { formatWeek, WeeklyChart, WeeklyLegend } from "./weekly-chart";

/** Opened vs closed per week over the last 12 weeks, with its legend and table. */
export function WeeklyFigure({ weeks }: { weeks: WeekCount[] }) {
  const opened = weeks.reduce((sum, week) => sum + week.opened, 0);
  const closed = weeks.reduce((sum, week) => sum + week.closed, 0);
  const first = weeks[0];
  const summary =
    `${opened} opened and ${closed} closed in the ${weeks.length} weeks since ` +
    `${first ? formatWeek(first.start) : ""} (weeks start Monday, UTC; closed counts tickets opened in that time).`;
  return (
    <ChartFigure
      id="by-week"
      title="Tickets opened and closed per week"
      summary={summary}
      chart={(labels) => (
        <div className="flex flex-col gap-2">
          <WeeklyLegend />
          <WeeklyChart weeks={weeks} {...labels} />
        </div>
      )}
      columns={[
        { header: "Week of" },
        { header: "Opened", numeric: true },
        { header: "Closed", numeric: true },
      ]}
      rows={weeks.map((week) => ({
        key: String(week.start),
        header: (
          <time dateTime={new Date(week.start).toISOString().slice(0, 10)}>
            {formatWeek(week.start)}
          </time>
        ),
        cells: [week.opened, week.closed],
      }))}
    />
  );
}
