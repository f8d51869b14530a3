import { describe, expect, it } from "vitest";
import { generatedList } from "@/lib/testing/generated-ticket-list";
import type { ExportRow } from "../columns";
import { AccountReadError } from "./account-rows";
import { exportFilter, exportPageSize, exportRows, nextPageAhead } from "./export-rows";

const ref = (accountID: string) => ({ accountID, displayName: accountID.toUpperCase() });

async function all(rows: ReturnType<typeof exportRows>): Promise<ExportRow[]> {
  const out: ExportRow[] = [];
  for await (const row of rows) if (row !== nextPageAhead) out.push(row);
  return out;
}

describe("exportRows", () => {
  it("writes every ticket of one account newest first, a page of 1,000 at a time", async () => {
    const list = generatedList("acct-a", 2_500);
    const rows = await all(
      exportRows({
        accounts: [{ account: ref("acct-a"), read: list.read }],
        filter: { status: "all" },
        concurrency: 1,
      }),
    );
    expect(rows).toHaveLength(2_500);
    expect(rows[0]?.ticket.number).toBe(2_500);
    expect(rows.at(-1)?.ticket.number).toBe(1);
    expect(rows.every((row) => row.account.displayName === "ACCT-A")).toBe(true);
    expect(list.calls.map((call) => [call.count, call.cursor])).toEqual([
      [1000, undefined],
      [1000, "1501"],
      [1000, "501"],
    ]);
  });

  it("merges accounts in the queue's order, newest created first", async () => {
    // acct-a's tickets are a minute apart from 00:01, acct-b's from 00:00:30.
    const a = generatedList("acct-a", 3);
    const b = generatedList("acct-b", 3, { epoch: Date.parse("2025-12-31T23:59:30Z") });
    const rows = await all(
      exportRows({
        accounts: [
          { account: ref("acct-b"), read: b.read },
          { account: ref("acct-a"), read: a.read },
        ],
        filter: { status: "all" },
        concurrency: 2,
      }),
    );
    expect(rows.map((row) => `${row.account.accountID}#${row.ticket.number}`)).toEqual([
      "acct-a#3",
      "acct-b#3",
      "acct-a#2",
      "acct-b#2",
      "acct-a#1",
      "acct-b#1",
    ]);
  });

  it("asks Moov for the status it can filter, and filters 'open' itself across pages of closed tickets", async () => {
    const closedBelow = (n: number) => (n > 2_600 ? "new" : n > 100 ? "closed" : "on-hold");
    const list = generatedList("acct-a", 2_700, { statusOf: closedBelow });
    const rows = await all(
      exportRows({
        accounts: [{ account: ref("acct-a"), read: list.read }],
        filter: { status: "open" },
        concurrency: 1,
      }),
    );
    expect(rows).toHaveLength(200);
    expect(rows.map((row) => row.ticket.status).filter((status) => status === "closed")).toEqual(
      [],
    );
    expect(list.calls.every((call) => call.status === undefined)).toBe(true);

    const onHold = generatedList("acct-b", 2_700, { statusOf: closedBelow });
    await all(
      exportRows({
        accounts: [{ account: ref("acct-b"), read: onHold.read }],
        filter: { status: "on-hold" },
        concurrency: 1,
      }),
    );
    expect(onHold.calls.map((call) => call.status)).toEqual(["on-hold"]);
  });

  it("reads the next page only once the rows of this one have been taken", async () => {
    const list = generatedList("acct-a", 10_000);
    const rows = exportRows({
      accounts: [{ account: ref("acct-a"), read: list.read }],
      filter: { status: "all" },
      concurrency: 1,
    });
    for (let taken = 0; taken < 1_000; taken++) await rows.next();
    expect(list.calls).toHaveLength(1);
    // First the word that a read is next, so what is ready can go out before the wait.
    expect(await rows.next()).toEqual({ done: false, value: nextPageAhead });
    expect(list.calls).toHaveLength(1);
    expect((await rows.next()).value).toMatchObject({ ticket: { number: 9_000 } });
    expect(list.calls).toHaveLength(2);
    await rows.return(undefined);
    expect(list.calls).toHaveLength(2);
  });

  it("holds at most one page per account, however many tickets the accounts hold", async () => {
    const lists = ["acct-a", "acct-b", "acct-c"].map((id) => generatedList(id, 4_000));
    let mostHeld = 0;
    let count = 0;
    for await (const row of exportRows({
      accounts: lists.map((list, index) => ({ account: ref(`acct-${index}`), read: list.read })),
      filter: { status: "all" },
      concurrency: 3,
      onPage: (held) => {
        mostHeld = Math.max(mostHeld, held);
      },
    })) {
      if (row !== nextPageAhead) count += 1;
    }
    expect(count).toBe(12_000);
    expect(mostHeld).toBeLessThanOrEqual(3 * 1_000);
  });

  it("says which account failed, with Moov's error as the cause", async () => {
    const moovDown = new Error("503");
    const failing = generatedList("acct-b", 3_000, { failOnPage: { page: 2, error: moovDown } });
    const rows = exportRows({
      accounts: [
        { account: ref("acct-a"), read: generatedList("acct-a", 10).read },
        { account: ref("acct-b"), read: failing.read },
      ],
      filter: { status: "all" },
      concurrency: 2,
    });
    const error = await all(rows).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AccountReadError);
    expect((error as AccountReadError).account.accountID).toBe("acct-b");
    expect((error as AccountReadError).cause).toBe(moovDown);
  });

  it("stops reading Moov once the download is gone", async () => {
    const list = generatedList("acct-a", 5_000);
    const stop = new AbortController();
    const rows = exportRows({
      accounts: [{ account: ref("acct-a"), read: list.read }],
      filter: { status: "all" },
      concurrency: 1,
      signal: stop.signal,
    });
    for (let taken = 0; taken < 999; taken++) await rows.next();
    stop.abort();
    expect(await rows.next()).toEqual({ done: true, value: undefined });
    expect(list.calls).toHaveLength(1);
  });
});

describe("exportPageSize", () => {
  it("is Moov's largest page for a few accounts and shrinks with many, never below 25", () => {
    expect(exportPageSize(1)).toBe(1000);
    expect(exportPageSize(10)).toBe(1000);
    expect(exportPageSize(201)).toBe(49);
    expect(exportPageSize(1_000)).toBe(25);
  });
});

describe("exportFilter", () => {
  it("keeps the view's status and foreign ID; 'waiting longest' under All is its open tickets", () => {
    expect(exportFilter({ status: "all" })).toEqual({ status: "all" });
    expect(exportFilter({ status: "closed", foreignID: "x-1" })).toEqual({
      status: "closed",
      foreignID: "x-1",
    });
    expect(exportFilter({ status: "all", sort: "waiting" })).toEqual({ status: "open" });
    expect(exportFilter({ status: "on-hold", sort: "waiting" })).toEqual({ status: "on-hold" });
  });
});
