import { createHash } from "node:crypto";
import { deflateRawSync, inflateRawSync } from "node:zlib";
import { z } from "zod";
import type { MergedFilters, MergedRow, MergedSort } from "../contract";
import { waitingSince } from "../contract";

/**
 * The merged list's cursor: where each account stands, not one global offset.
 * Per account it keeps the ticket last shown (its number, and for "waiting
 * longest" its waiting time) and, for "newest first", Moov's own cursor of the
 * page that ticket came from. The next page re-reads each account from there
 * and keeps only what comes after the last shown ticket, so tickets created
 * meanwhile (they sort before it) never shift a page, and an account that
 * failed keeps its place. It is bound to the filters it was made for.
 */
export const accountPositionSchema = z.union([
  z.literal(0),
  z.object({
    /** Moov's cursor of the page to read from (absent: the account's first page) */
    c: z.string().max(512).optional(),
    /** number of the last ticket shown */
    n: z.number().int().optional(),
    /** waitingSince of the last ticket shown ("waiting longest") */
    w: z.string().max(40).optional(),
  }),
]);
/** 0: every ticket of the account has been shown. */
export type AccountPosition = z.infer<typeof accountPositionSchema>;

const cursorSchema = z.object({
  v: z.literal(1),
  f: z.string(),
  p: z.record(z.string(), accountPositionSchema),
});
export type MergedCursor = { positions: Record<string, AccountPosition> };

export class BadCursorError extends Error {
  override name = "BadCursorError";
}

/** At most this long as text: a cursor for hundreds of accounts still fits a URL. */
export const maxCursorLength = 12_000;

function filtersFingerprint(filters: MergedFilters): string {
  const { status, sort, accounts, foreignID } = filters;
  return createHash("sha256")
    .update(JSON.stringify([status, sort, accounts, foreignID ?? null]))
    .digest("base64url")
    .slice(0, 12);
}

/**
 * Accounts are named in the cursor by 8 characters of a hash of their ID, so
 * a cursor over 200 accounts stays a few kilobytes; the reader maps them back
 * through the accounts of the view (a collision among a person's accounts
 * would need 48 bits to agree).
 */
const shortID = (accountID: string) =>
  createHash("sha256").update(accountID).digest("base64url").slice(0, 8);

export function encodeCursor(cursor: MergedCursor, filters: MergedFilters): string {
  const positions = Object.fromEntries(
    Object.entries(cursor.positions).map(([accountID, position]) => [shortID(accountID), position]),
  );
  const json = JSON.stringify({ v: 1, f: filtersFingerprint(filters), p: positions });
  return deflateRawSync(json).toString("base64url");
}

/** `accountIDs`: the accounts of the view now; a position of an account no longer in it is dropped. */
export function decodeCursor(
  text: string,
  filters: MergedFilters,
  accountIDs: readonly string[],
): MergedCursor {
  if (text.length > maxCursorLength || !/^[A-Za-z0-9_-]+$/.test(text)) {
    throw new BadCursorError("The page cursor is not valid.");
  }
  let parsed: z.infer<typeof cursorSchema>;
  try {
    const json = inflateRawSync(Buffer.from(text, "base64url"), { maxOutputLength: 256_000 });
    parsed = cursorSchema.parse(JSON.parse(json.toString("utf8")));
  } catch {
    throw new BadCursorError("The page cursor is not valid.");
  }
  if (parsed.f !== filtersFingerprint(filters)) {
    throw new BadCursorError("The page cursor belongs to other filters.");
  }
  const byShortID = new Map(accountIDs.map((accountID) => [shortID(accountID), accountID]));
  const positions: Record<string, AccountPosition> = {};
  for (const [short, position] of Object.entries(parsed.p)) {
    const accountID = byShortID.get(short);
    if (accountID) positions[accountID] = position;
  }
  return { positions };
}

/** Whether `row` comes after the account's last shown ticket, in the account's own order. */
export function isAfter(row: MergedRow, position: AccountPosition, sort: MergedSort): boolean {
  if (position === 0) return false;
  if (position.n === undefined) return true;
  if (sort === "newest") return row.number < position.n;
  if (position.w === undefined) return true;
  const byWait = Date.parse(waitingSince(row)) - Date.parse(position.w);
  return byWait > 0 || (byWait === 0 && row.number < position.n);
}
