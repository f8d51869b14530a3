import { QueryClient } from "@tanstack/react-query";
import { describe, expect, it } from "vitest";
import { ticketKeys } from "@/lib/tickets/query-keys";
import { keysToInvalidate, queriesToInvalidate, reconnectDelayMs } from "./invalidations";
import type { LiveEvent } from "./live-event";

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

/**
 * The all-accounts pages in a real cache, keyed as the browser keys them
 * (["all-accounts", "list", filters, cursor]); each test applies one event and
 * reads which pages it marked stale.
 */
const quayside = "acct-quayside";
const cedar = "acct-cedar";
const filters = (accounts: string[]) => ({
  status: "open",
  sort: "newest",
  accounts,
  foreignID: null,
});
const page = (rows: Array<{ accountID: string; ticketID: string }>) => ({
  started: true,
  accounts: [],
  settled: 0,
  failures: [],
  rows,
  complete: true,
});
const pages = {
  allFirst: ["all-accounts", "list", filters([]), null],
  allSecond: ["all-accounts", "list", filters([]), "cursor-2"],
  quaysideFirst: ["all-accounts", "list", filters([quayside]), null],
  cedarFirst: ["all-accounts", "list", filters([cedar]), null],
  cedarSecond: ["all-accounts", "list", filters([cedar]), "cursor-2"],
  summary: ["all-accounts", "summary"],
} as const;

function cacheAfter(event: LiveEvent): Record<keyof typeof pages, boolean | undefined> {
  const client = new QueryClient({ defaultOptions: { queries: { gcTime: Infinity } } });
  client.setQueryData(pages.allFirst, page([{ accountID: cedar, ticketID: "t-9" }]));
  client.setQueryData(pages.allSecond, page([{ accountID: quayside, ticketID: "t-1" }]));
  client.setQueryData(pages.quaysideFirst, page([{ accountID: quayside, ticketID: "t-2" }]));
  // Another account's row with the same ticket ID: a page is matched by account and ticket.
  client.setQueryData(pages.cedarFirst, page([{ accountID: cedar, ticketID: "t-1" }]));
  client.setQueryData(pages.cedarSecond, page([{ accountID: cedar, ticketID: "t-3" }]));
  client.setQueryData(pages.summary, { accounts: [] });
  for (const filter of queriesToInvalidate(event)) void client.invalidateQueries(filter);
  const stale = (key: readonly unknown[]) => client.getQueryState(key)?.isInvalidated;
  return {
    allFirst: stale(pages.allFirst),
    allSecond: stale(pages.allSecond),
    quaysideFirst: stale(pages.quaysideFirst),
    cedarFirst: stale(pages.cedarFirst),
    cedarSecond: stale(pages.cedarSecond),
    summary: stale(pages.summary),
  };
}

describe("queriesToInvalidate on the all-accounts pages", () => {
  const event = { accountID: quayside, ticketID: "t-1", eventID: "e" };

  it("a new ticket refreshes the first pages of the lists that include its account, only", () => {
    expect(cacheAfter({ ...event, kind: "ticket.created" })).toEqual({
      allFirst: true,
      allSecond: false,
      quaysideFirst: true,
      cedarFirst: false,
      cedarSecond: false,
      summary: true,
    });
  });

  it.each([
    ["ticket.updated", true],
    ["ticket.messageAdded", false],
  ] as const)(
    "%s refreshes the pages that show that ticket, only (and the counts: %s)",
    (kind, counts) => {
      expect(cacheAfter({ ...event, kind, status: "on-hold" })).toEqual({
        allFirst: false,
        allSecond: true,
        quaysideFirst: false,
        cedarFirst: false,
        cedarSecond: false,
        summary: counts,
      });
    },
  );

  it("still refreshes the account's own lists and ticket", () => {
    const keys = queriesToInvalidate({ ...event, kind: "ticket.updated" }).map(
      (filter) => filter.queryKey,
    );
    expect(keys).toContainEqual(["accounts", quayside, "tickets", "detail", "t-1"]);
    expect(keys).toContainEqual(["accounts", quayside, "tickets", "list"]);
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
