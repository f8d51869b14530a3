import { describe, expect, it } from "vitest";
import {
  newTicketInputSchema,
  parseQueueFilters,
  queueSearch,
  ticketRouteParamsSchema,
} from "./schemas";

describe("queue filters in the URL", () => {
  it("default to open and round-trip through the query string", () => {
    expect(parseQueueFilters({})).toEqual({ status: "open" });
    const filters = parseQueueFilters({ status: "on-hold", foreignID: " order-7 " });
    expect(filters).toEqual({ status: "on-hold", foreignID: "order-7" });
    expect(queueSearch(filters)).toBe("?status=on-hold&foreignID=order-7");
    expect(queueSearch({ status: "open" })).toBe("");
  });

  it("fall back instead of failing on a mangled URL", () => {
    expect(parseQueueFilters({ status: "reopened", foreignID: "x".repeat(500) })).toEqual({
      status: "open",
    });
    expect(parseQueueFilters({ status: ["closed", "new"] })).toEqual({ status: "closed" });
  });

  it("keep the order in the URL only when it is not the default newest first", () => {
    const waiting = parseQueueFilters({ sort: "waiting", foreignID: "order-7" });
    expect(waiting).toEqual({ status: "open", foreignID: "order-7", sort: "waiting" });
    expect(queueSearch(waiting)).toBe("?foreignID=order-7&sort=waiting");
    expect(parseQueueFilters({ sort: "newest" })).toEqual({ status: "open" });
    expect(parseQueueFilters({ sort: "oldest" })).toEqual({ status: "open" });
    expect(queueSearch({ status: "open", sort: "newest" })).toBe("");
  });
});

describe("route params", () => {
  it("accept UUIDs only", () => {
    const accountID = "5b0f8c6e-2d1a-4c3e-9f7a-000000000001";
    expect(ticketRouteParamsSchema.safeParse({ accountID, ticketID: accountID }).success).toBe(
      true,
    );
    expect(ticketRouteParamsSchema.safeParse({ accountID, ticketID: "42" }).success).toBe(false);
  });
});

describe("new ticket input", () => {
  it("names each field that is missing or malformed", () => {
    const result = newTicketInputSchema.safeParse({
      title: " ",
      body: "",
      contactEmail: "nope",
      contactName: "",
    });
    expect(result.success).toBe(false);
    const fields = result.error?.issues.map((issue) => issue.path.join("."));
    expect(fields).toEqual(
      expect.arrayContaining(["title", "body", "contactEmail", "contactName"]),
    );
  });

  it("drops an empty foreignID", () => {
    const result = newTicketInputSchema.parse({
      title: "Refund stuck",
      body: "Line one\nLine two",
      contactEmail: "ada@example.com",
      contactName: "Ada",
      foreignID: "",
    });
    expect(result.foreignID).toBeUndefined();
    expect(result.body).toBe("Line one\nLine two");
  });
});
