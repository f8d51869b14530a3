import { compareRows, type MergedRow } from "@/lib/all-accounts/contract";
import { type TicketStatus, ticketStatuses } from "@/lib/tickets/status";
import { type Week, weeksEndingAt, windowStart } from "./weeks";

/**
 * The overview's numbers, from the tickets read (pure: the clock comes in as
 * `now`). `open` are every open ticket of the accounts that answered; `recent`
 * every ticket of theirs created since the weekly window's first Monday.
 */
export const openStatuses = ticketStatuses.filter(
  (status): status is Exclude<TicketStatus, "closed"> => status !== "closed",
);
export type OpenStatus = (typeof openStatuses)[number];

export type StatusCount = { status: OpenStatus; count: number };

export function openByStatus(open: readonly MergedRow[]): StatusCount[] {
  return openStatuses.map((status) => ({
    status,
    count: open.filter((ticket) => ticket.status === status).length,
  }));
}

export type AccountCount = { accountID: string; count: number };
export type ByAccount = { top: AccountCount[]; others: { accounts: number; count: number } };

/**
 * The `limit` accounts with the most open tickets (ties by account ID, so the
 * order is stable), and the rest summed as "others". Accounts with none are
 * left out of the top but counted in neither.
 */
export function openByAccount(open: readonly MergedRow[], limit = 10): ByAccount {
  const counts = new Map<string, number>();
  for (const ticket of open) counts.set(ticket.accountID, (counts.get(ticket.accountID) ?? 0) + 1);
  const sorted = [...counts]
    .map(([accountID, count]) => ({ accountID, count }))
    .sort((a, b) => b.count - a.count || (a.accountID < b.accountID ? -1 : 1));
  const rest = sorted.slice(limit);
  return {
    top: sorted.slice(0, limit),
    others: { accounts: rest.length, count: rest.reduce((sum, entry) => sum + entry.count, 0) },
  };
}

export type WeekCount = Week & { opened: number; closed: number };

/**
 * Per UTC Monday-start week: `opened` counts tickets created in it; `closed`
 * counts tickets closed in it among those created since the window began
 * (Moov lists newest-created first, so a ticket created earlier and closed
 * in the window is not read: the closed bars are a lower bound).
 */
export function openedVsClosed(recent: readonly MergedRow[], now: number): WeekCount[] {
  const since = windowStart(now);
  const inWindow = recent.filter((ticket) => Date.parse(ticket.createdOn) >= since);
  const within = (iso: string | undefined, week: Week) => {
    const at = iso === undefined ? Number.NaN : Date.parse(iso);
    return at >= week.start && at < week.end;
  };
  return weeksEndingAt(now).map((week) => ({
    ...week,
    opened: inWindow.filter((ticket) => within(ticket.createdOn, week)).length,
    closed: inWindow.filter((ticket) => ticket.status === "closed" && within(ticket.closedOn, week))
      .length,
  }));
}

const hourMs = 60 * 60 * 1000;
const dayMs = 24 * hourMs;

/** Age bands of open tickets, by time since creation; each upper bound is exclusive. */
export const ageBands = [
  { label: "Under 1 day", upToMs: dayMs },
  { label: "1–3 days", upToMs: 3 * dayMs },
  { label: "3–7 days", upToMs: 7 * dayMs },
  { label: "1–2 weeks", upToMs: 14 * dayMs },
  { label: "2–4 weeks", upToMs: 28 * dayMs },
  { label: "4 weeks or more", upToMs: Number.POSITIVE_INFINITY },
] as const;

export type AgeCount = { label: (typeof ageBands)[number]["label"]; count: number };

export function ageDistribution(open: readonly MergedRow[], now: number): AgeCount[] {
  const counts = ageBands.map(() => 0);
  for (const ticket of open) {
    const age = now - Date.parse(ticket.createdOn);
    const band = ageBands.findIndex((entry) => age < entry.upToMs);
    counts[band] = (counts[band] ?? 0) + 1;
  }
  return ageBands.map((band, index) => ({ label: band.label, count: counts[index] ?? 0 }));
}

/** The `limit` open tickets waiting longest (waitingSince, the queue's own order). */
export function longestWaiting(open: readonly MergedRow[], limit = 10): MergedRow[] {
  return [...open].sort(compareRows("waiting")).slice(0, limit);
}
