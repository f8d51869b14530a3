import { describe, expect, it } from "vitest";
import type { MergedRow } from "@/lib/all-accounts/contract";
import {
  ageDistribution,
  longestWaiting,
  openByAccount,
  openByStatus,
  openedVsClosed,
} from "./aggregate";
import { mondayOf, weeksEndingAt, windowStart } from "./weeks";

// Saturday 5 December 2026, 09:00 UTC: its week began on Monday 30 November.
const now = Date.parse("2026-12-05T09:00:00.000Z");

let number = 0;
function ticket(overrides: Partial<MergedRow>): MergedRow {
  number += 1;
  return {
    ticketID: `t${number}`,
    number,
    title: `Ticket ${number}`,
    contact: { email: "a@example.com" },
    status: "new",
    createdOn: "2026-12-01T00:00:00.000Z",
    updatedOn: "2026-12-01T00:00:00.000Z",
    accountID: "acct-a",
    ...overrides,
  };
}

describe("weeks", () => {
  it("start on Monday 00:00 UTC, the current week last", () => {
    expect(new Date(mondayOf(now)).toISOString()).toBe("2026-11-30T00:00:00.000Z");
    expect(new Date(mondayOf(Date.parse("2026-11-30T00:00:00.000Z"))).toISOString()).toBe(
      "2026-11-30T00:00:00.000Z",
    );
    expect(new Date(mondayOf(Date.parse("2026-11-29T23:59:59.999Z"))).toISOString()).toBe(
      "2026-11-23T00:00:00.000Z",
    );
    const weeks = weeksEndingAt(now);
    expect(weeks).toHaveLength(12);
    expect(new Date(weeks[0]?.start ?? 0).toISOString()).toBe("2026-09-14T00:00:00.000Z");
    expect(new Date(weeks[11]?.end ?? 0).toISOString()).toBe("2026-12-07T00:00:00.000Z");
    expect(new Date(windowStart(now)).toISOString()).toBe("2026-09-14T00:00:00.000Z");
  });
});

describe("openByStatus", () => {
  it("counts each open status, in the status map's order", () => {
    const open = [
      ticket({ status: "new" }),
      ticket({ status: "on-hold" }),
      ticket({ status: "on-hold" }),
    ];
    expect(openByStatus(open)).toEqual([
      { status: "new", count: 1 },
      { status: "in-progress", count: 0 },
      { status: "on-hold", count: 2 },
    ]);
  });
});

describe("openByAccount", () => {
  it("keeps the accounts with most open tickets and sums the rest as others", () => {
    const open = [
      ...["b", "b", "b", "a", "a", "c", "d", "d"].map((id) => ticket({ accountID: id })),
    ];
    expect(openByAccount(open, 2)).toEqual({
      top: [
        { accountID: "b", count: 3 },
        { accountID: "a", count: 2 },
      ],
      others: { accounts: 2, count: 3 },
    });
  });
});

describe("openedVsClosed", () => {
  it("counts creations and closings per week among tickets created in the window", () => {
    const weeks = openedVsClosed(
      [
        ticket({ createdOn: "2026-12-01T10:00:00.000Z" }),
        ticket({
          createdOn: "2026-11-24T10:00:00.000Z",
          status: "closed",
          closedOn: "2026-12-02T10:00:00.000Z",
        }),
        ticket({
          createdOn: "2026-11-23T23:59:59.000Z",
          status: "closed",
          closedOn: "2026-11-24T00:00:00.000Z",
        }),
        ticket({ createdOn: "2026-09-14T00:00:00.000Z" }),
        // Before the window: neither its creation nor its closing is counted.
        ticket({
          createdOn: "2026-09-13T23:59:59.000Z",
          status: "closed",
          closedOn: "2026-11-25T00:00:00.000Z",
        }),
      ],
      now,
    );
    const counts = weeks.map(({ opened, closed }) => [opened, closed]);
    expect(counts).toEqual([[1, 0], ...Array.from({ length: 9 }, () => [0, 0]), [2, 1], [1, 1]]);
  });
});

describe("ageDistribution", () => {
  it("puts each open ticket in the band of its age since creation", () => {
    const ago = (hours: number) => new Date(now - hours * 3_600_000).toISOString();
    const open = [1, 23.9, 24, 71, 72, 24 * 7, 24 * 14 - 1, 24 * 27, 24 * 28, 24 * 90].map(
      (hours) => ticket({ createdOn: ago(hours) }),
    );
    expect(ageDistribution(open, now)).toEqual([
      { label: "Under 1 day", count: 2 },
      { label: "1–3 days", count: 2 },
      { label: "3–7 days", count: 1 },
      { label: "1–2 weeks", count: 2 },
      { label: "2–4 weeks", count: 1 },
      { label: "4 weeks or more", count: 2 },
    ]);
  });
});

describe("longestWaiting", () => {
  it("orders by the latest message, or creation when there is none, oldest first", () => {
    const a = ticket({
      createdOn: "2026-11-01T00:00:00.000Z",
      latestMessageOn: "2026-12-04T00:00:00.000Z",
    });
    const b = ticket({ createdOn: "2026-11-20T00:00:00.000Z" });
    const c = ticket({
      createdOn: "2026-11-02T00:00:00.000Z",
      latestMessageOn: "2026-11-10T00:00:00.000Z",
    });
    const d = ticket({ createdOn: "2026-12-03T00:00:00.000Z" });
    expect(longestWaiting([a, b, c, d], 3).map((row) => row.ticketID)).toEqual([
      c.ticketID,
      b.ticketID,
      d.ticketID,
    ]);
  });
});
