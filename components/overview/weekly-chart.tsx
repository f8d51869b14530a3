import type { WeekCount } from "@/lib/overview/aggregate";

type Props = { weeks: WeekCount[]; title: string; describedBy: string };

const height = 200;
const plotTop = 18;
const plotBottom = 170;
const hatchID = "overview-closed-hatch";

const weekLabel = new Intl.DateTimeFormat("en", {
  month: "short",
  day: "numeric",
  timeZone: "UTC",
});
/** "Sep 14": the Monday (UTC) a week starts on. */
export const formatWeek = (start: number) => weekLabel.format(start);

/** Opened is solid, closed is hatched and outlined: the two differ without colour. */
export function WeeklyLegend() {
  return (
    <ul className="flex gap-4 text-sm text-ink">
      <li className="flex items-center gap-1.5">
        <svg aria-hidden="true" width="14" height="14">
          <rect width="14" height="14" rx="2" className="fill-accent" />
        </svg>
        Opened
      </li>
      <li className="flex items-center gap-1.5">
        <svg aria-hidden="true" width="14" height="14">
          <rect
            x="0.75"
            y="0.75"
            width="12.5"
            height="12.5"
            rx="2"
            fill={`url(#${hatchID})`}
            className="stroke-ink-muted"
            strokeWidth={1.5}
          />
        </svg>
        Closed
      </li>
    </ul>
  );
}

/**
 * Opened and closed side by side per week, oldest week on the left. Like the
 * bar chart it has no viewBox: columns are percentages of the width and text
 * keeps its size; below 640 px every other week's date and the counts above
 * the bars are left out (the table holds them all).
 */
export function WeeklyChart({ weeks, title, describedBy }: Props) {
  const largest = Math.max(1, ...weeks.flatMap((week) => [week.opened, week.closed]));
  const column = 100 / weeks.length;
  const barHeight = (value: number) => (value / largest) * (plotBottom - plotTop);
  const bar = (index: number, offset: number, value: number, closed: boolean) => {
    const x = index * column + column * offset;
    const width = column * 0.34;
    const top = plotBottom - barHeight(value);
    return (
      <g>
        {value > 0 ? (
          <rect
            x={`${x}%`}
            y={top}
            width={`${width}%`}
            height={barHeight(value)}
            fill={closed ? `url(#${hatchID})` : undefined}
            className={closed ? "stroke-ink-muted" : "fill-accent"}
            strokeWidth={closed ? 1.5 : undefined}
          />
        ) : null}
        <text
          x={`${x + width / 2}%`}
          y={top - 4}
          textAnchor="middle"
          className="hidden fill-ink tabular-nums sm:inline"
        >
          {value}
        </text>
      </g>
    );
  };
  return (
    <svg
      role="img"
      aria-describedby={describedBy}
      width="100%"
      height={height}
      className="overflow-visible text-[11px]"
    >
      <title>{title}</title>
      <defs>
        <pattern
          id={hatchID}
          patternUnits="userSpaceOnUse"
          width="6"
          height="6"
          patternTransform="rotate(45)"
        >
          <rect width="6" height="6" className="fill-surface" />
          <line x1="0" y1="0" x2="0" y2="6" className="stroke-ink-muted" strokeWidth="3" />
        </pattern>
      </defs>
      <line x1="0" x2="100%" y1={plotBottom} y2={plotBottom} className="stroke-line" />
      {weeks.map((week, index) => (
        <g key={week.start}>
          {bar(index, 0.14, week.opened, false)}
          {bar(index, 0.52, week.closed, true)}
          <text
            x={`${index * column + column / 2}%`}
            y={plotBottom + 18}
            textAnchor="middle"
            className={`fill-ink-muted ${(weeks.length - 1 - index) % 2 === 1 ? "hidden sm:inline" : ""}`}
          >
            {formatWeek(week.start)}
          </text>
        </g>
      ))}
    </svg>
  );
}
