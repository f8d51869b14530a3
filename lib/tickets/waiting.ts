import { waitingSince } from "@/lib/all-accounts/contract";
import type { MessageDTO, TicketDTO } from "./dto";
import type { WaitingThresholds } from "./waiting-thresholds";

/**
 * How long an open ticket has waited and on whom: "Waiting on Moov · 3 d",
 * "Moov replied 2 h ago", or the time alone while the thread's authors are
 * not known. Pure, so the rule and every label are tested with a fixed clock.
 */

/** The two messages of a thread that say whose turn it is. */
export type ThreadEnds = { firstAuthor: string; latestAuthor: string };

/** Who wrote the latest message: the business (so Moov owes an answer), Moov, or not known. */
export type LatestFrom = "business" | "moov" | "unknown";

export type WaitingLevel = "ok" | "amber" | "red";

export function threadEndsOf(messages: readonly MessageDTO[]): ThreadEnds | undefined {
  const first = messages[0];
  const latest = messages.at(-1);
  return first && latest ? { firstAuthor: first.author, latestAuthor: latest.author } : undefined;
}

const sameName = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * A ticket is the business's request to Moov: its first message is the
 * business's (Moov writes it under the `author` given at creation, or the
 * contact's name or email). So the latest message is the business's when its
 * author is the first message's author, the contact's name or the contact's
 * email (ignoring case and outer spaces); any other author is Moov's staff.
 */
export function latestFrom(
  ends: ThreadEnds | undefined,
  contact: TicketDTO["contact"],
): LatestFrom {
  if (!ends) return "unknown";
  const business = [ends.firstAuthor, contact.name, contact.email].filter((name): name is string =>
    Boolean(name?.trim()),
  );
  return business.some((name) => sameName(name, ends.latestAuthor)) ? "business" : "moov";
}

const minuteMs = 60_000;
const hourMs = 60 * minuteMs;
const dayMs = 24 * hourMs;

/** "< 1 min", "5 min", "30 h" (under two days), "3 d": short enough for a queue cell. */
export function formatWait(ms: number): string {
  if (ms < minuteMs) return "< 1 min";
  if (ms < hourMs) return `${Math.floor(ms / minuteMs)} min`;
  if (ms < 2 * dayMs) return `${Math.floor(ms / hourMs)} h`;
  return `${Math.floor(ms / dayMs)} d`;
}

const formatAgo = (ms: number) => (ms < minuteMs ? "just now" : `${formatWait(ms)} ago`);

export function waitingLevel(ms: number, thresholds: WaitingThresholds): WaitingLevel {
  if (ms >= thresholds.redHours * hourMs) return "red";
  if (ms >= thresholds.amberHours * hourMs) return "amber";
  return "ok";
}

/** Each side's words: the lead before the time, and whether the time reads "… ago". */
const sides: Record<LatestFrom, { lead: string; ago: boolean }> = {
  business: { lead: "Waiting on Moov ·", ago: false },
  moov: { lead: "Moov replied", ago: true },
  unknown: { lead: "", ago: true },
};

/** What each level adds in words, so it never rests on colour alone. */
export const levelWords: Record<WaitingLevel, string | undefined> = {
  ok: undefined,
  amber: "ageing",
  red: "overdue",
};

export type WaitingLine = {
  from: LatestFrom;
  level: WaitingLevel;
  /** ISO time the wait is counted from (the same one the "Waiting longest" order uses). */
  since: string;
  /** "Waiting on Moov ·", "Moov replied", or "" (a space parts it from the time). */
  lead: string;
  /** "3 d", "2 h ago", "just now". */
  elapsed: string;
  /** " · overdue", or "" at the ok level. */
  suffix: string;
  text: string;
};

export function waitingLine(
  ticket: Pick<TicketDTO, "latestMessageOn" | "createdOn" | "contact">,
  ends: ThreadEnds | undefined,
  now: number,
  thresholds: WaitingThresholds,
): WaitingLine {
  const since = waitingSince(ticket);
  // A clock behind Moov's would read as a negative wait: it has only just started.
  const ms = Math.max(0, now - Date.parse(since));
  const from = latestFrom(ends, ticket.contact);
  const side = sides[from];
  const level = waitingLevel(ms, thresholds);
  const elapsed = side.ago ? formatAgo(ms) : formatWait(ms);
  const words = levelWords[level];
  const suffix = words ? ` · ${words}` : "";
  const text = `${side.lead ? `${side.lead} ` : ""}${elapsed}${suffix}`;
  return { from, level, since, lead: side.lead, elapsed, suffix, text };
}
