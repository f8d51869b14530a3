"use client";

import { SortSelect } from "@/components/all-accounts/merged-queue/sort-select";
import type { QueueFilters } from "@/lib/tickets/schemas";
import { ForeignIdSearch } from "./foreign-id-search";
import { StatusFilter } from "./status-filter";

export function QueueToolbar({
  filters,
  onChange,
}: {
  filters: QueueFilters;
  onChange: (next: QueueFilters) => void;
}) {
  return (
    <div className="flex flex-wrap items-end justify-between gap-3">
      <StatusFilter
        value={filters.status}
        onChange={(status) => onChange({ ...filters, status })}
      />
      <div className="flex flex-wrap items-end gap-3">
        <SortSelect
          value={filters.sort ?? "newest"}
          onChange={(sort) => onChange({ ...filters, sort })}
        />
        <ForeignIdSearch
          value={filters.foreignID}
          onChange={(foreignID) => onChange({ ...filters, foreignID })}
        />
      </div>
    </div>
  );
}
