"use client";

import { absoluteFormat } from "@/components/ui/relative-time";

const minuteMs = 60_000;
const hourMs = 60 * minuteMs;
const dayMs = 24 * hourMs;

/** An age as short as a table cell wants it: "45 min", "5 h", "3 d". */
export function compactAge(iso: string, now: number): string {
  const age = Math.max(0, now - Date.parse(iso));
  if (age < minuteMs) return "< 1 min";
  if (age < hourMs) return `${Math.floor(age / minuteMs)} min`;
  if (age < dayMs) return `${Math.floor(age / hourMs)} h`;
  return `${Math.floor(age / dayMs)} d`;
}

/**
 * The age of an account's oldest open ticket, with the exact creation time on
 * hover and for screen readers. Rendered only in the browser (the numbers
 * arrive there), so the viewer's own time zone is used at once.
 */
export function OldestAge({ createdOn }: { createdOn: string | undefined }) {
  if (!createdOn) {
    return (
      <span className="text-ink-muted">
        <span aria-hidden="true">—</span>
        <span className="sr-only">No open tickets</span>
      </span>
    );
  }
  const exact = absoluteFormat().format(new Date(createdOn));
  return (
    <time dateTime={createdOn} title={`Created ${exact}`} className="whitespace-nowrap">
      {compactAge(createdOn, Date.now())}
      <span className="sr-only">, created {exact}</span>
    </time>
  );
}
