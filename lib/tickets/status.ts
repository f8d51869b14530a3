import { z } from "zod/mini";
import type { IconName } from "@/lib/icons";

/**
 * Ticket status as data: the badge, the filter, the sort and the tests all read
 * this one table, so a new status is one entry here and nowhere else.
 */
export const ticketStatuses = ["new", "in-progress", "on-hold", "closed"] as const;
export type TicketStatus = (typeof ticketStatuses)[number];

export type StatusMeta = {
  label: string;
  /** Read out and shown next to the label so the badge never relies on colour alone. */
  description: string;
  icon: IconName;
  /** The cva variant of the badge; each maps to the `status-*` colour tokens. */
  variant: TicketStatus | "unknown";
  /** Lower comes first when sorting by status: what needs an agent first. */
  sortWeight: number;
};

export const statusMeta = {
  new: {
    label: "New",
    description: "Waiting for a first reply",
    icon: "circle-dot",
    variant: "new",
    sortWeight: 0,
  },
  "in-progress": {
    label: "In progress",
    description: "Moov support is working on it",
    icon: "circle-ellipsis",
    variant: "in-progress",
    sortWeight: 1,
  },
  "on-hold": {
    label: "On hold",
    description: "Waiting on someone",
    icon: "circle-pause",
    variant: "on-hold",
    sortWeight: 2,
  },
  closed: {
    label: "Closed",
    description: "Closed for good; Moov cannot reopen it",
    icon: "circle-check",
    variant: "closed",
    sortWeight: 3,
  },
} as const satisfies Record<TicketStatus, StatusMeta>;

/** Moov's status enum is open: a value this app does not know still renders. */
export const unknownStatusMeta: StatusMeta = {
  label: "Unknown",
  description: "A status this app does not know yet",
  icon: "circle-question-mark",
  variant: "unknown",
  sortWeight: 99,
};

export function isKnownStatus(status: string): status is TicketStatus {
  return (ticketStatuses as readonly string[]).includes(status);
}

export function metaFor(status: string): StatusMeta {
  return isKnownStatus(status) ? statusMeta[status] : { ...unknownStatusMeta, label: status };
}

/** The queue's filter: every status, plus "all" and "open" (everything but closed). */
export const statusFilters = ["open", "all", ...ticketStatuses] as const;
export type StatusFilter = (typeof statusFilters)[number];
export const statusFilterSchema = z.enum(statusFilters);
export const defaultStatusFilter: StatusFilter = "open";

export const statusFilterLabel: Record<StatusFilter, string> = {
  open: "Open",
  all: "All",
  new: statusMeta.new.label,
  "in-progress": statusMeta["in-progress"].label,
  "on-hold": statusMeta["on-hold"].label,
  closed: statusMeta.closed.label,
};

/** Whether a ticket with `status` belongs in the list filtered by `filter`. */
export function matchesFilter(status: string, filter: StatusFilter): boolean {
  if (filter === "all") return true;
  if (filter === "open") return status !== "closed";
  return status === filter;
}

/** What the Moov list call is asked for; "open" has no upstream equivalent and is filtered here. */
export function upstreamStatus(filter: StatusFilter): TicketStatus | undefined {
  return isKnownStatus(filter) ? filter : undefined;
}

export function compareByStatus(a: string, b: string): number {
  return metaFor(a).sortWeight - metaFor(b).sortWeight;
}
