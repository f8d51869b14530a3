import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applySeed } from "../src/seed/index.js";
import { Store } from "../src/store/store.js";

const summitID = "5b0f8c6e-2d1a-4c3e-9f7a-00000000b000";
const atlasID = "5b0f8c6e-2d1a-4c3e-9f7a-00000000b001";
/** Summit Merchant 001: the bench's own 100-ticket account, empty in the seed. */
const benchSmallID = "5b0f8c6e-2d1a-4c3e-9f7a-00000000b002";
/** Summit Merchants 037, 112 and 173 (README). */
const heavyIDs = ["00000000b026", "00000000b071", "00000000b0ae"].map(
  (suffix) => `5b0f8c6e-2d1a-4c3e-9f7a-${suffix}`,
);
const yearStart = "2025-11-24T16:00:00.000Z";
const anchor = "2026-11-24T16:00:00.000Z";

function seeded(randomSeed: number): Store {
  const store = Store.open(":memory:");
  applySeed(store, "large", randomSeed);
  return store;
}

/** Ticket counts per connected account of Summit, from the store itself. */
function countsOf(store: Store): Map<string, number> {
  const rows = store.db
    .prepare<[string], { accountID: string; n: number }>(
      `SELECT c.account_id AS accountID, count(t.ticket_id) AS n
       FROM connections c LEFT JOIN tickets t ON t.account_id = c.account_id
       WHERE c.partner_id = ? GROUP BY c.account_id`,
    )
    .all(summitID);
  return new Map(rows.map((row) => [row.accountID, row.n]));
}

type BookTicket = {
  account_id: string;
  status: string;
  created_on: string;
  latest_message_on: string;
  last_author: string;
};

/** Every ticket of Summit's merchants but Atlas, with the author of its latest message. */
function bookTickets(store: Store): BookTicket[] {
  return store.db
    .prepare<[string, string], BookTicket>(
      `SELECT t.account_id, t.status, t.created_on, t.latest_message_on,
         (SELECT author FROM messages m WHERE m.ticket_id = t.ticket_id
          ORDER BY message_id DESC LIMIT 1) AS last_author
       FROM tickets t JOIN connections c ON c.account_id = t.account_id
       WHERE c.partner_id = ? AND t.account_id <> ?`,
    )
    .all(summitID, atlasID);
}

function rowsHash(store: Store): string {
  const tickets = store.db.prepare("SELECT * FROM tickets ORDER BY ticket_id").all();
  const messages = store.db.prepare("SELECT * FROM messages ORDER BY message_id").all();
  return createHash("sha256")
    .update(JSON.stringify([tickets, messages]))
    .digest("hex");
}

describe("the large seed: Summit Payments' whole book", () => {
  let store: Store;
  beforeAll(() => {
    store = seeded(1);
  });
  afterAll(() => store.close());

  it("spreads tickets over 200 merchants: a quarter none, most a few, three hundreds, Atlas 10,000", () => {
    const counts = countsOf(store);
    expect(counts.size).toBe(200);
    expect(counts.get(atlasID)).toBe(10_000);
    expect(counts.get(benchSmallID)).toBe(0);
    const others = [...counts].filter(([accountID]) => accountID !== atlasID).map(([, n]) => n);
    expect(others.filter((n) => n === 0).length).toBeGreaterThanOrEqual(40);
    expect(others.filter((n) => n === 0).length).toBeLessThanOrEqual(60);
    expect(others.filter((n) => n >= 1 && n <= 30).length).toBeGreaterThanOrEqual(100);
    expect(others.filter((n) => n >= 200).length).toBeGreaterThanOrEqual(3);
    expect(Math.max(...others)).toBeLessThanOrEqual(600);
    for (const heavyID of heavyIDs) {
      expect(counts.get(heavyID)).toBeGreaterThanOrEqual(200);
    }
  });

  it("mixes statuses, spreads creation over the past year and ends threads on either side", () => {
    const tickets = bookTickets(store);
    const statuses = new Set(tickets.map((ticket) => ticket.status));
    expect([...statuses].sort()).toEqual(["closed", "in-progress", "new", "on-hold"]);
    for (const heavyID of heavyIDs) {
      const own = tickets.filter((ticket) => ticket.account_id === heavyID);
      expect(new Set(own.map((ticket) => ticket.status)).size).toBe(4);
    }
    expect(tickets.every((t) => t.created_on >= yearStart && t.created_on < anchor)).toBe(true);
    const quarters = new Set(
      tickets.map((ticket) =>
        Math.floor((Date.parse(anchor) - Date.parse(ticket.created_on)) / (91.5 * 86_400_000)),
      ),
    );
    expect([...quarters].sort()).toEqual([0, 1, 2, 3]);
    const open = tickets.filter((ticket) => ticket.status !== "closed");
    const fromStaff = open.filter((ticket) => ticket.last_author.endsWith("(Moov Support)"));
    expect(fromStaff.length).toBeGreaterThan(open.length / 5);
    expect(open.length - fromStaff.length).toBeGreaterThan(open.length / 5);
    const answered = tickets.filter((ticket) => ticket.latest_message_on > ticket.created_on);
    expect(answered.length).toBeGreaterThan(tickets.length / 2);
  });

  it("writes the same rows for the same random seed, and the same spread for another", () => {
    const again = seeded(1);
    const other = seeded(2);
    try {
      expect(rowsHash(again)).toBe(rowsHash(store));
      expect(rowsHash(other)).not.toBe(rowsHash(store));
      expect(countsOf(other)).toEqual(countsOf(store));
    } finally {
      again.close();
      other.close();
    }
  });
});
