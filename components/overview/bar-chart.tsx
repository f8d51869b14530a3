export type Bar = {
  key: string;
  label: string;
  value: number;
  /** A Tailwind fill class from the theme tokens (light and dark alike). */
  fillClass?: string;
};

type Props = { bars: Bar[]; title: string; describedBy: string };

const rowHeight = 40;
const barHeight = 14;

/**
 * Horizontal bars, one row each: the label above its bar and the count at
 * the bar's end. Drawn without a viewBox, in percentages of the figure's
 * width, so text keeps its size on a phone and the bars stretch instead.
 * Every bar carries its label and number, so colour is never the only cue.
 */
export function BarChart({ bars, title, describedBy }: Props) {
  const largest = Math.max(1, ...bars.map((bar) => bar.value));
  // Room at the right for the count after the longest bar.
  const span = 88;
  return (
    <svg
      role="img"
      aria-describedby={describedBy}
      width="100%"
      height={bars.length * rowHeight}
      className="overflow-visible text-xs"
    >
      <title>{title}</title>
      {bars.map((bar, index) => {
        const top = index * rowHeight;
        const width = (bar.value / largest) * span;
        return (
          <g key={bar.key}>
            <text x={0} y={top + 12} className="fill-ink">
              {bar.label}
            </text>
            <rect
              x={0}
              y={top + 18}
              width="100%"
              height={barHeight}
              rx={3}
              className="fill-surface-muted"
            />
            {bar.value > 0 ? (
              <rect
                x={0}
                y={top + 18}
                width={`${width}%`}
                height={barHeight}
                rx={3}
                className={bar.fillClass ?? "fill-accent"}
              />
            ) : null}
            <text
              x={`${width}%`}
              dx={6}
              y={top + 29}
              className="fill-ink font-semibold tabular-nums"
            >
              {bar.value}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
