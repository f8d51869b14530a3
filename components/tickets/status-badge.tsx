import { cva } from "class-variance-authority";
import { metaFor } from "@/lib/tickets/status";
import { Icon } from "../ui/icons";

export const statusBadgeVariants = cva(
  "inline-flex items-center gap-1 whitespace-nowrap rounded-full border px-2 py-0.5 text-xs font-medium",
  {
    variants: {
      variant: {
        new: "border-status-new-border bg-status-new text-status-new-fg",
        "in-progress":
          "border-status-in-progress-border bg-status-in-progress text-status-in-progress-fg",
        "on-hold": "border-status-on-hold-border bg-status-on-hold text-status-on-hold-fg",
        closed: "border-status-closed-border bg-status-closed text-status-closed-fg",
        unknown: "border-line bg-surface-muted text-ink",
      },
    },
  },
);

/**
 * The status in words and an icon, so it reads without colour; the colours
 * come from the map. Named "Status: …" so assistive technology (and the E2E
 * tests, by role) read it as one thing.
 */
export function StatusBadge({ status }: { status: string }) {
  const meta = metaFor(status);
  return (
    <span
      role="img"
      aria-label={`Status: ${meta.label}`}
      className={statusBadgeVariants({ variant: meta.variant })}
      data-status={status}
      title={meta.description}
    >
      <Icon name={meta.icon} className="size-3.5 shrink-0" />
      {meta.label}
    </span>
  );
}
