"use client";

import { clsx } from "clsx";
import {
  type StatusFilter as Filter,
  isKnownStatus,
  metaFor,
  statusFilterLabel,
  statusFilters,
} from "@/lib/tickets/status";
import { Icon } from "../ui/icons";

/** One toggle per filter, read from the status map; the pressed one is the URL's. */
export function StatusFilter({
  value,
  onChange,
}: {
  value: Filter;
  onChange: (next: Filter) => void;
}) {
  return (
    <fieldset className="flex flex-wrap gap-1">
      <legend className="sr-only">Filter by status</legend>
      {statusFilters.map((filter) => {
        const icon = isKnownStatus(filter) ? metaFor(filter).icon : null;
        const pressed = filter === value;
        return (
          <button
            key={filter}
            type="button"
            aria-pressed={pressed}
            onClick={() => onChange(filter)}
            className={clsx(
              "inline-flex h-8 items-center gap-1.5 rounded-full border px-3 text-sm",
              pressed
                ? "border-accent bg-accent text-accent-fg"
                : "border-line bg-surface text-ink hover:bg-surface-muted",
            )}
          >
            {icon ? <Icon name={icon} className="size-3.5" /> : null}
            {statusFilterLabel[filter]}
          </button>
        );
      })}
    </fieldset>
  );
}
