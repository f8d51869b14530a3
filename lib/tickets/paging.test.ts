import { describe, expect, it } from "vitest";
import type { TicketDTO } from "./dto";
import { uniqueTickets } from "./paging";

const ticket = (ticketID: string): TicketDTO => ({
  ticketID,
  number: 1,
  title: ticketID,
  contact: { email: "a@example.com" },
  status: "new",
  createdOn: "2026-01-01T00:00:00Z",
  updatedOn: "2026-01-01T00:00:00Z",
});

describe("uniqueTickets", () => {
  it("keeps page order and shows a ticket that appears on two pages once", () => {
    const pages = [
      { items: [ticket("a"), ticket("b")], nextCursor: "c1" },
      { items: [ticket("b"), ticket("c")] },
    ];
    expect(uniqueTickets(pages).map((item) => item.ticketID)).toEqual(["a", "b", "c"]);
  });
});
