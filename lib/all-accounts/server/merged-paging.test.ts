import { describe, expect, it } from "vitest";
import type { ListQuery } from "@/lib/moov/tickets";
import type { TicketDTO } from "@/lib/tickets/dto";
import type { MergedFilters, MergedRow, StreamLine } from "../contract";
import type { ReadPage } from "./account-reads";
import { type AccountPosition, BadCursorError, decodeCursor, encodeCursor } from "./merged-cursor";
import { streamMergedPage } from "./merged-stream";

/**
 * A stand-in for Moov's list with its real paging rule: newest first by the
 * account's ticket number, the cursor meaning "below number N" (so creating
 * tickets never moves a page boundary), `count` per page.
 */
type FakeTicket = TicketDTO & { accountID: string };

class FakeMoov {
  readonly tickets: FakeTicket[] = [];
  readonly calls: Array<{ accountID: string } & ListQuery> = [];
  private clock = Date.parse("2026-01-01T00:00:00Z");
  private readonly numbers = new Map<string, number>();

  create(accountID: string, status = "new", latestMessageOn?: string): FakeTicket {
    const number = (this.numbers.get(accountID) ?? 0) + 1;
    this.numbers.set(accountID, number);
    this.clock += 60_000;
    const at = new Date(this.clock).toISOString();
    const ticket: FakeTicket = {
      accountID,
      ticketID: `${accountID}-t${number}`,
      number,
      title: `Ticket ${number} of ${accountID}`,
      contact: { email: "a@example.com" },
      status,
      createdOn: at,
      updatedOn: at,
      latestMessageOn,
    };
    this.tickets.push(ticket);
    return ticket;
  }

  reader(accountID: string): ReadPage {
    return async (query) => {
      this.calls.push({ accountID, ...query });
      const below = query.cursor ? Number(query.cursor) : Number.POSITIVE_INFINITY;
      const rows = this.tickets
        .filter(
          (ticket) =>
            ticket.accountID === accountID &&
            ticket.number < below &&
            (!query.status || ticket.status === query.status),
        )
        .sort((a, b) => b.number - a.number);
      const items = rows.slice(0, query.count).map(({ accountID: _, ...ticket }) => ticket);
      const last = items.at(-1);
      return {
        items,
        next: rows.length > query.count && last ? String(last.number) : undefined,
        readAt: Date.now(),
      };
    };
  }
}

const accounts = ["acct-a", "acct-b", "acct-c"].map((accountID) => ({
  accountID,
  displayName: accountID.toUpperCase(),
}));

async function page(
  moov: FakeMoov,
  filters: MergedFilters,
  cursor?: string,
  failing: ReadonlySet<string> = new Set(),
) {
  const lines: StreamLine[] = [];
  await streamMergedPage({
    accounts,
    filters,
    cursor: cursor
      ? decodeCursor(
          cursor,
          filters,
          accounts.map((account) => account.accountID),
        )
      : undefined,
    concurrency: 2,
    readPageFor: (accountID) =>
      failing.has(accountID)
        ? async () => {
            throw new Error("Moov is down for this one");
          }
        : moov.reader(accountID),
    describeError: () => ({
      code: "unavailable",
      message: "Moov is unavailable.",
      requestId: "req-1",
    }),
    emit: (line) => lines.push(line),
  });
  const end = lines.at(-1);
  if (end?.type !== "end") throw new Error("the stream did not end with an end line");
  return { lines, items: end.items, next: end.nextCursor };
}

const newest: MergedFilters = { status: "all", sort: "newest", accounts: [] };
const key = (row: MergedRow) => row.ticketID;

describe("the merged list", () => {
  it("pages through every account newest first, no ticket skipped or repeated", async () => {
    const moov = new FakeMoov();
    // Uneven accounts: one large, one small, one in between, interleaved in time.
    for (let i = 0; i < 60; i++) {
      moov.create("acct-a");
      if (i % 7 === 0) moov.create("acct-b");
      if (i % 2 === 0) moov.create("acct-c");
    }
    const expected = [...moov.tickets]
      .sort((a, b) => Date.parse(b.createdOn) - Date.parse(a.createdOn))
      .map((ticket) => ticket.ticketID);

    const seen: string[] = [];
    let cursor: string | undefined;
    for (let pages = 0; pages < 20; pages++) {
      const result = await page(moov, newest, cursor);
      expect(result.items.length).toBeLessThanOrEqual(25);
      seen.push(...result.items.map(key));
      cursor = result.next;
      if (!cursor) break;
    }
    expect(cursor).toBeUndefined();
    expect(seen).toEqual(expected);
  });

  it("stays stable while tickets are created between pages", async () => {
    const moov = new FakeMoov();
    for (let i = 0; i < 40; i++) moov.create(accounts[i % 3]?.accountID ?? "acct-a");
    const atStart = [...moov.tickets]
      .sort((a, b) => Date.parse(b.createdOn) - Date.parse(a.createdOn))
      .map((ticket) => ticket.ticketID);

    const seen: string[] = [];
    let cursor: string | undefined;
    for (let pages = 0; pages < 10; pages++) {
      const result = await page(moov, newest, cursor);
      seen.push(...result.items.map(key));
      // New tickets land on every account while the agent reads.
      for (const { accountID } of accounts) moov.create(accountID);
      cursor = result.next;
      if (!cursor) break;
    }
    expect(seen).toEqual(atStart);
  });

  it("keeps only Open tickets and reads past closed ones", async () => {
    const moov = new FakeMoov();
    for (let i = 0; i < 30; i++) moov.create("acct-a", i % 3 === 0 ? "in-progress" : "closed");
    moov.create("acct-b", "on-hold");
    const result = await page(moov, { ...newest, status: "open" });
    expect(result.items.map((row) => row.status)).not.toContain("closed");
    expect(result.items).toHaveLength(11);
    expect(result.next).toBeUndefined();
  });

  it("reports a failing account on its own line, shows the others, and reads it on the next page", async () => {
    const moov = new FakeMoov();
    for (let i = 0; i < 30; i++) moov.create(accounts[i % 3]?.accountID ?? "acct-a");
    const first = await page(moov, newest, undefined, new Set(["acct-b"]));
    expect(first.lines).toContainEqual({
      type: "failed",
      accountID: "acct-b",
      error: { code: "unavailable", message: "Moov is unavailable.", requestId: "req-1" },
    });
    expect(first.items.map((row) => row.accountID)).not.toContain("acct-b");
    expect(first.items).toHaveLength(20);
    // acct-b kept its place: once it answers, every one of its tickets shows.
    expect(first.next).toBeDefined();
    const second = await page(moov, newest, first.next);
    expect(second.items.map(key).sort()).toEqual(
      moov.tickets
        .filter((t) => t.accountID === "acct-b")
        .map((t) => t.ticketID)
        .sort(),
    );
    expect(second.next).toBeUndefined();
  });

  it("orders by waiting longest across accounts and pages through that order", async () => {
    const moov = new FakeMoov();
    const hoursAgo = (h: number) =>
      new Date(Date.parse("2026-02-01T00:00:00Z") - h * 3_600_000).toISOString();
    for (let i = 0; i < 30; i++) {
      moov.create(accounts[i % 3]?.accountID ?? "acct-a", "new", hoursAgo((i * 37) % 100));
    }
    const expected = [...moov.tickets]
      .sort(
        (a, b) =>
          Date.parse(a.latestMessageOn ?? "") - Date.parse(b.latestMessageOn ?? "") ||
          a.accountID.localeCompare(b.accountID) ||
          b.number - a.number,
      )
      .map((ticket) => ticket.ticketID);
    const filters: MergedFilters = { status: "open", sort: "waiting", accounts: [] };
    const first = await page(moov, filters);
    const second = await page(moov, filters, first.next);
    expect([...first.items, ...second.items].map(key)).toEqual(expected);
    expect(second.next).toBeUndefined();
  });

  it("sends an account's rows only while they can still make the page", async () => {
    const moov = new FakeMoov();
    // acct-a, read first, holds the newest tickets; the others' are all older.
    for (let i = 0; i < 30; i++) moov.create("acct-c");
    for (let i = 0; i < 30; i++) moov.create("acct-b");
    for (let i = 0; i < 30; i++) moov.create("acct-a");
    const { lines } = await page(moov, newest);
    const sentBy = (accountID: string) =>
      lines.flatMap((line) =>
        line.type === "account" && line.accountID === accountID ? line.items : [],
      );
    expect(sentBy("acct-a")).toHaveLength(25);
    // Read, but none of their rows can make page one: nothing of them is sent.
    expect(sentBy("acct-b")).toHaveLength(0);
    expect(sentBy("acct-c")).toHaveLength(0);
  });
});

describe("the merged cursor", () => {
  const ids = ["acct-a", "acct-b"];
  it("is refused when mangled or made for other filters", () => {
    const cursor = encodeCursor({ positions: { "acct-a": { n: 3 } } }, newest);
    expect(decodeCursor(cursor, newest, ids)).toEqual({ positions: { "acct-a": { n: 3 } } });
    expect(() => decodeCursor(cursor, { ...newest, status: "open" }, ids)).toThrow(BadCursorError);
    expect(() => decodeCursor("not*base64", newest, ids)).toThrow(BadCursorError);
    expect(() => decodeCursor("AAAA", newest, ids)).toThrow(BadCursorError);
    expect(() => decodeCursor("A".repeat(20_000), newest, ids)).toThrow(BadCursorError);
  });

  it("drops the position of an account no longer in the view", () => {
    const cursor = encodeCursor({ positions: { "acct-a": { n: 3 }, "acct-b": 0 } }, newest);
    expect(decodeCursor(cursor, newest, ["acct-b"])).toEqual({ positions: { "acct-b": 0 } });
  });

  it("stays a few kilobytes for 200 accounts with random IDs", () => {
    const positions: Record<string, AccountPosition> = Object.fromEntries(
      Array.from({ length: 200 }, (_, index): [string, AccountPosition] => [
        crypto.randomUUID(),
        index % 2 ? 0 : { c: crypto.randomUUID().slice(0, 16), n: 1000 + index },
      ]),
    );
    const cursor = encodeCursor({ positions }, newest);
    expect(cursor.length).toBeLessThan(8_000);
    expect(decodeCursor(cursor, newest, Object.keys(positions))).toEqual({ positions });
  });
});
