import { pick, type Random, seededUUID } from "../ids.js";
import type { Store } from "../store/store.js";
import type { TicketStatus } from "../store/tickets-store.js";
import { contactNames, type SeedAccount, staffAuthors } from "./demo-accounts.js";
import { type ThreadLine, type ThreadTemplate, threadCount } from "./demo-threads.js";

/**
 * Seeded data is anchored to a fixed instant (not "now") so that a reset
 * restores exactly the same rows, timestamps included.
 */
export const seedAnchorMs = Date.parse("2026-11-24T16:00:00.000Z");
const minute = 60_000;
const dayMs = 24 * 60 * minute;

export function writeAccount(store: Store, account: SeedAccount, createdOnMs: number): void {
  const createdOn = new Date(createdOnMs).toISOString();
  store.accounts.insert({
    accountID: account.accountID,
    displayName: account.displayName,
    partner: false,
    email: `support@${account.domain}`,
    createdOn,
  });
  store.accounts.insertKey(account.accountID, account.keys);
  if (account.connectedTo)
    store.accounts.connect(account.connectedTo, account.accountID, createdOn);
}

type Contact = { email: string; name?: string };

type PlannedTicket = {
  ticketID: string;
  title: string;
  contact: Contact;
  status: TicketStatus;
  foreignID?: string;
  createdOnMs: number;
  lines: Array<ThreadLine & { atMs: number; author: string }>;
  closedOnMs?: number;
};

const statusWeights: Array<[TicketStatus, number]> = [
  ["new", 0.25],
  ["in-progress", 0.25],
  ["on-hold", 0.15],
  ["closed", 0.35],
];

/** Every account gets tickets in every status, then a weighted mix. */
function statusesFor(random: Random, count: number): TicketStatus[] {
  const statuses: TicketStatus[] = ["new", "in-progress", "on-hold", "closed"];
  for (let i = statuses.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const a = statuses[i];
    const b = statuses[j];
    if (a !== undefined && b !== undefined) {
      statuses[i] = b;
      statuses[j] = a;
    }
  }
  while (statuses.length < count) {
    let roll = random();
    let chosen: TicketStatus = "closed";
    for (const [status, weight] of statusWeights) {
      if (roll < weight) {
        chosen = status;
        break;
      }
      roll -= weight;
    }
    statuses.push(chosen);
  }
  return statuses;
}

/** How much of a thread a ticket in this status has seen so far. */
function cutThread(random: Random, lines: ThreadLine[], status: TicketStatus): ThreadLine[] {
  if (status === "closed") return lines;
  const firstStaff = lines.findIndex((line) => line.from === "staff");
  if (status === "new") return lines.slice(0, firstStaff === -1 ? 1 : Math.max(1, firstStaff));
  const staffEnds = lines
    .map((line, index) => (line.from === "staff" ? index + 1 : 0))
    .filter((end) => end > 0 && end < lines.length);
  if (status === "on-hold" && staffEnds.length > 0) return lines.slice(0, pick(random, staffEnds));
  const end = 2 + Math.floor(random() * Math.max(1, lines.length - 2));
  return lines.slice(0, Math.min(end, lines.length));
}

// Built once: a formatter per call was most of the time a seed of thousands of tickets took.
const amountFormat = new Intl.NumberFormat("en-US", { minimumFractionDigits: 2 });
const shortDateFormat = new Intl.DateTimeFormat("en-US", {
  month: "short",
  day: "numeric",
  timeZone: "UTC",
});

function money(random: Random): string {
  const cents = Math.floor(50_00 + random() * 12_000_00);
  return `$${amountFormat.format(cents / 100)}`;
}

function fill(text: string, values: Record<string, string>): string {
  return text.replace(/\{(\w+)\}/g, (match, key: string) => values[key] ?? match);
}

/** `createdOnHintMs` absent: within the 75 days before the anchor (the demo's accounts). */
function planTicket(
  random: Random,
  account: SeedAccount,
  template: ThreadTemplate,
  status: TicketStatus,
  contact: Contact,
  createdOnHintMs?: number,
): PlannedTicket {
  const ticketID = seededUUID(random);
  const staff = pick(random, staffAuthors);
  const createdGuessMs =
    createdOnHintMs ?? seedAnchorMs - Math.floor((0.05 + random() * 75) * dayMs);
  const values: Record<string, string> = {
    amount: money(random),
    date: shortDateFormat.format(new Date(createdGuessMs - 3 * dayMs)),
    ref: `tr_${seededUUID(random).slice(0, 8)}`,
    last4: String(1000 + Math.floor(random() * 9000)),
    contact: contact.name?.split(" ")[0] ?? "there",
    domain: account.domain,
    accountID: account.accountID,
    uuid: seededUUID(random),
  };
  const chosen = cutThread(random, template.lines, status);
  const gaps = chosen.map((_, index) =>
    index === 0 ? 0 : (10 + Math.floor(random() * 600)) * minute,
  );
  const span = gaps.reduce((sum, gap) => sum + gap, 0) + 2 * 60 * minute;
  // Start early enough that the whole thread (and its closing) ends before the anchor.
  const createdOnMs = Math.min(createdGuessMs, seedAnchorMs - span);
  let at = createdOnMs;
  const lines = chosen.map((line, index) => {
    at += gaps[index] ?? 0;
    return {
      from: line.from,
      body: fill(line.body, values),
      atMs: at,
      author: line.from === "staff" ? staff : (contact.name ?? contact.email),
    };
  });
  return {
    ticketID,
    title: fill(template.title, values),
    contact,
    status,
    foreignID: random() < 0.4 ? `hd-${10000 + Math.floor(random() * 90000)}` : undefined,
    createdOnMs,
    lines,
    closedOnMs: status === "closed" ? at + (5 + Math.floor(random() * 100)) * minute : undefined,
  };
}

/** "Tomás Alvarez" → "tomas": real mailboxes are almost always plain ASCII. */
export function mailboxOf(name: string): string {
  const first = name.split(" ")[0] ?? "ops";
  return (
    first
      .normalize("NFD")
      .replace(/[^a-zA-Z]/g, "")
      .toLowerCase() || "ops"
  );
}

function contactsFor(random: Random, account: SeedAccount): Contact[] {
  return Array.from({ length: 3 }, () => {
    const name = pick(random, contactNames);
    const email = `${mailboxOf(name)}@${account.domain}`;
    return random() < 0.2 ? { email } : { email, name };
  });
}

/** Writes `count` tickets with realistic threads; numbers follow creation time. */
export function writeDemoTickets(
  store: Store,
  random: Random,
  account: SeedAccount,
  count: number,
): void {
  const contacts = contactsFor(random, account);
  const statuses = statusesFor(random, count);
  const planned = statuses.map((status) =>
    planTicket(random, account, pick(random, threadCount), status, pick(random, contacts)),
  );
  insertPlanned(store, account, planned);
}

/**
 * How likely each status is for a ticket opened `ageDays` ago: recent tickets
 * are mostly open, tickets older than two months mostly closed.
 */
function statusForAge(random: Random, ageDays: number): TicketStatus {
  const weights: Array<[TicketStatus, number]> =
    ageDays < 14
      ? [
          ["new", 0.4],
          ["in-progress", 0.35],
          ["on-hold", 0.15],
        ]
      : ageDays < 60
        ? [
            ["new", 0.1],
            ["in-progress", 0.25],
            ["on-hold", 0.2],
          ]
        : [
            ["new", 0.02],
            ["in-progress", 0.05],
            ["on-hold", 0.08],
          ];
  let roll = random();
  for (const [status, weight] of weights) {
    if (roll < weight) return status;
    roll -= weight;
  }
  return "closed";
}

/**
 * Writes `count` tickets opened over the year before the anchor (more of them
 * recent), each with a thread cut to its status, so the latest message is the
 * contact's on some and Moov Support's on others.
 */
export function writeYearOfTickets(
  store: Store,
  random: Random,
  account: SeedAccount,
  count: number,
): void {
  const contacts = contactsFor(random, account);
  const planned = Array.from({ length: count }, () => {
    const ageDays = 0.05 + 364.9 * random() ** 1.5;
    const status = statusForAge(random, ageDays);
    const template = pick(random, threadCount);
    const createdGuessMs = seedAnchorMs - Math.floor(ageDays * dayMs);
    return planTicket(random, account, template, status, pick(random, contacts), createdGuessMs);
  });
  insertPlanned(store, account, planned);
}

/** Inserts planned tickets oldest first, so numbers follow creation time. */
function insertPlanned(store: Store, account: SeedAccount, planned: PlannedTicket[]): void {
  planned.sort((a, b) => a.createdOnMs - b.createdOnMs);
  for (const ticket of planned) {
    const [first, ...rest] = ticket.lines;
    if (!first) continue;
    store.tickets.insert({
      ticketID: ticket.ticketID,
      accountID: account.accountID,
      title: ticket.title,
      contact: ticket.contact,
      foreignID: ticket.foreignID,
      createdOn: new Date(ticket.createdOnMs).toISOString(),
      firstMessage: { author: ticket.contact.name ?? ticket.contact.email, body: first.body },
    });
    for (const line of rest) {
      store.tickets.addMessage(
        ticket.ticketID,
        line.author,
        line.body,
        new Date(line.atMs).toISOString(),
      );
    }
    if (ticket.status !== "new") {
      const lastMs = ticket.lines[ticket.lines.length - 1]?.atMs ?? ticket.createdOnMs;
      const atMs = ticket.closedOnMs ?? lastMs;
      store.tickets.setStatus(ticket.ticketID, ticket.status, new Date(atMs).toISOString());
    }
  }
}
