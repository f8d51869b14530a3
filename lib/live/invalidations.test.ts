import { describe, expect, it } from "vitest";
import { ticketKeys } from "@/lib/tickets/query-keys";
import { keysToInvalidate, reconnectDelayMs } from "./invalidations";

const base = { accountID: "acc", ticketID: "t-1", eventID: "e" };

describe("keysToInvalidate", () => {
  it("a new ticket refreshes only the account's lists", () => {
    expect(keysToInvalidate({ ...base, kind: "ticket.created" })).toEqual([
      ticketKeys.lists("acc"),
    ]);
  });

  it("a status change refreshes that ticket and the account's lists", () => {
    expect(keysToInvalidate({ ...base, kind: "ticket.updated", status: "on-hold" })).toEqual([
      ticketKeys.detail("acc", "t-1"),
      ticketKeys.lists("acc"),
    ]);
  });

  it("a new message refreshes the ticket, whose key is the prefix of its thread", () => {
    const keys = keysToInvalidate({ ...base, kind: "ticket.messageAdded" });
    const thread = ticketKeys.messages("acc", "t-1");
    expect(keys.some((key) => key.every((part, index) => thread[index] === part))).toBe(true);
    expect(keys).not.toContainEqual(ticketKeys.all("acc"));
  });
});

describe("reconnectDelayMs", () => {
  it("doubles from one second up to thirty, within ±25 %", () => {
    expect(reconnectDelayMs(0, () => 0.5)).toBe(1_000);
    expect(reconnectDelayMs(3, () => 0.5)).toBe(8_000);
    expect(reconnectDelayMs(20, () => 0.5)).toBe(30_000);
    expect(reconnectDelayMs(1, () => 0)).toBe(1_500);
    expect(reconnectDelayMs(1, () => 1)).toBe(2_500);
  });
});
