import type { EmulatorAdmin, EmulatorTicket } from "../fixtures/emulator-admin";

/**
 * What the overview should show, worked out here from the emulator's own
 * lists (never from the app's code): the rules as the README states them.
 */
const dayMs = 24 * 60 * 60 * 1000;

/** Every ticket of the account, from Moov's list (all pages). */
export async function emulatorTickets(
  emulator: EmulatorAdmin,
  accountID: string,
): Promise<EmulatorTicket[]> {
  const tickets: EmulatorTicket[] = [];
  let cursor: string | undefined;
  do {
    const page = await emulator.listTickets(
      accountID,
      cursor ? { count: "1000", cursor } : { count: "1000" },
    );
    tickets.push(...page.items);
    cursor = page.nextPage?.cursor;
  } while (cursor);
  return tickets;
}

export type ExpectedOverview = {
  byStatus: Array<[string, number]>;
  ages: Array<[string, number]>;
  weeks: Array<[string, number, number]>;
  waiting: string[];
};

const weekLabel = new Intl.DateTimeFormat("en", {
  month: "short",
  day: "numeric",
  timeZone: "UTC",
});

/** `tickets` with the account each belongs to, at `now`. */
export function expectedOverview(
  tickets: Array<EmulatorTicket & { accountID: string }>,
  now: number,
): ExpectedOverview {
  const open = tickets.filter((ticket) => ticket.status !== "closed");
  const count = (list: EmulatorTicket[], test: (ticket: EmulatorTicket) => boolean) =>
    list.filter(test).length;

  const today = new Date(now);
  const midnight = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  const thisMonday = midnight - ((today.getUTCDay() + 6) % 7) * dayMs;
  const firstMonday = thisMonday - 11 * 7 * dayMs;
  const inWindow = tickets.filter((ticket) => Date.parse(ticket.createdOn) >= firstMonday);
  const weeks: ExpectedOverview["weeks"] = [];
  for (let start = firstMonday; start <= thisMonday; start += 7 * dayMs) {
    const within = (iso?: string) =>
      iso !== undefined && Date.parse(iso) >= start && Date.parse(iso) < start + 7 * dayMs;
    weeks.push([
      weekLabel.format(start),
      count(inWindow, (ticket) => within(ticket.createdOn)),
      count(inWindow, (ticket) => ticket.status === "closed" && within(ticket.closedOn)),
    ]);
  }

  const age = (ticket: EmulatorTicket) => (now - Date.parse(ticket.createdOn)) / dayMs;
  const bands: Array<[string, number]> = [
    ["Under 1 day", 1],
    ["1–3 days", 3],
    ["3–7 days", 7],
    ["1–2 weeks", 14],
    ["2–4 weeks", 28],
    ["4 weeks or more", Number.POSITIVE_INFINITY],
  ];
  const ages = bands.map(([label, below], index): [string, number] => [
    label,
    count(
      open,
      (ticket) => age(ticket) < below && age(ticket) >= (bands[index - 1]?.[1] ?? -Infinity),
    ),
  ]);

  const waitingSince = (ticket: EmulatorTicket) =>
    Date.parse(ticket.latestMessageOn ?? ticket.createdOn);
  const waiting = [...open]
    .sort((a, b) => waitingSince(a) - waitingSince(b))
    .slice(0, 10)
    .map((ticket) => `/accounts/${ticket.accountID}/tickets/${ticket.ticketID}`);

  return {
    byStatus: [
      ["New", count(open, (ticket) => ticket.status === "new")],
      ["In progress", count(open, (ticket) => ticket.status === "in-progress")],
      ["On hold", count(open, (ticket) => ticket.status === "on-hold")],
    ],
    ages,
    weeks,
    waiting,
  };
}
