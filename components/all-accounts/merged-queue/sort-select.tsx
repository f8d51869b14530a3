"use client";

import { useId } from "react";
import { type MergedSort, mergedSortLabel, mergedSorts } from "@/lib/all-accounts/contract";

/** Newest first, or the tickets that have waited longest for an answer first. */
export function SortSelect({
  value,
  onChange,
}: {
  value: MergedSort;
  onChange: (next: MergedSort) => void;
}) {
  const selectID = useId();
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={selectID} className="text-xs font-medium text-ink-muted">
        Order
      </label>
      <select
        id={selectID}
        value={value}
        onChange={(event) => {
          const next = mergedSorts.find((sort) => sort === event.target.value);
          if (next) onChange(next);
        }}
        className="h-8 rounded-md border border-line bg-surface px-2 text-sm text-ink"
      >
        {mergedSorts.map((sort) => (
          <option key={sort} value={sort}>
            {mergedSortLabel[sort]}
          </option>
        ))}
      </select>
    </div>
  );
}
