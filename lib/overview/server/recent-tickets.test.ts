import { describe, expect, it } from "vitest";
import type { ReadPage } from "@/lib/all-accounts/server/account-reads";
import type { ListQuery } from "@/lib/moov/tickets";
import type { TicketDTO } from "@/lib/tickets/dto";
import { recentTickets } from "./recent-tickets";

const at = (day: number) => new Date(Date.UTC(2026, 10, day)).toISOString();
const ticket = (number: number, createdOn: string): TicketDTO => ({
  ticketID: `t${number}`,
  number,
  title: "",
  contact: { email: "a@example.com" },
  status: "new",
  createdOn,
  updatedOn: createdOn,
});

/** A fake Moov list of pages (newest first) that records what was asked. */
function fakeList(pages: TicketDTO[][]) {
  const asked: ListQuery[] = [];
  const read: ReadPage = async (query) => {
    asked.push(query);
    const index = query.cursor ? Number(query.cursor) : 0;
    const next = index + 1 < pages.length ? String(index + 1) : undefined;
    return { items: pages[index] ?? [], next, readAt: 1000 + index };
  };
  return { read, asked };
}

describe("recentTickets", () => {
  it("reads pages until one reaches back before the window, keeping only tickets inside it", async () => {
    const { read, asked } = fakeList([
      [ticket(5, at(20)), ticket(4, at(15))],
      [ticket(3, at(10)), ticket(2, at(5))],
      [ticket(1, at(1))],
    ]);
    const { tickets, readAt } = await recentTickets(read, Date.parse(at(10)));
    expect(tickets.map((entry) => entry.number)).toEqual([5, 4, 3]);
    expect(asked).toEqual([
      { cursor: undefined, count: 1000 },
      { cursor: "1", count: 1000 },
    ]);
    expect(readAt).toBe(1000);
  });

  it("stops at the list's end when every ticket is in the window", async () => {
    const { read, asked } = fakeList([[ticket(2, at(20))], [ticket(1, at(19))]]);
    const { tickets } = await recentTickets(read, Date.parse(at(1)));
    expect(tickets.map((entry) => entry.number)).toEqual([2, 1]);
    expect(asked).toHaveLength(2);
  });
});
