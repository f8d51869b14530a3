import { describe, expect, it, vi } from "vitest";
import { UserFacingError } from "@/lib/errors/user-error";
import { generatedList } from "@/lib/testing/generated-ticket-list";
import { exportResponse } from "./export-response";

/**
 * The export's answer as a browser meets it, over generated lists (no list
 * ever exists in memory): the status and headers, the file's first bytes,
 * how far the Moov reads run ahead of what was downloaded, and what a
 * failure before and after the first byte looks like.
 */
const atlas = { accountID: "acct-atlas", displayName: "Atlas Outfitters" };
const moovDown = new UserFacingError({
  status: 503,
  code: "unavailable",
  message: "Moov is temporarily unavailable. Try again in a few minutes.",
  requestId: "req-503",
});

function request() {
  const disconnect = new AbortController();
  return {
    request: new Request("http://127.0.0.1/api/export", { signal: disconnect.signal }),
    disconnect,
  };
}

/** Records (CRLF outside quotes) in a text with no quoted line breaks. */
const lines = (text: string) => text.split("\r\n").filter(Boolean);

describe("exportResponse", () => {
  it("answers a CSV attachment that starts with the BOM and the header row", async () => {
    const list = generatedList(atlas.accountID, 3);
    const response = await exportResponse(
      request().request,
      {
        accounts: [{ account: atlas, read: list.read }],
        filter: { status: "all" },
        concurrency: 1,
      },
      "tickets-atlas-outfitters-all-2026-05-01.csv",
    );
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe(
      'attachment; filename="tickets-atlas-outfitters-all-2026-05-01.csv"',
    );
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes.slice(3));
    expect(lines(text)).toEqual([
      "Account,Account ID,Number,Ticket ID,Title,Status,Contact name,Contact email,Created (UTC),Updated (UTC),Latest message (UTC),Closed (UTC),Foreign ID",
      "Atlas Outfitters,acct-atlas,3,acct-atlas-t3,Ticket 3 of acct-atlas,new,Contact 3,contact-3@example.com,2026-01-01T00:03:00.000Z,2026-01-01T00:03:00.000Z,2026-01-01T00:03:00.000Z,,",
      "Atlas Outfitters,acct-atlas,2,acct-atlas-t2,Ticket 2 of acct-atlas,new,Contact 2,contact-2@example.com,2026-01-01T00:02:00.000Z,2026-01-01T00:02:00.000Z,2026-01-01T00:02:00.000Z,,",
      "Atlas Outfitters,acct-atlas,1,acct-atlas-t1,Ticket 1 of acct-atlas,new,Contact 1,contact-1@example.com,2026-01-01T00:01:00.000Z,2026-01-01T00:01:00.000Z,2026-01-01T00:01:00.000Z,,",
    ]);
  });

  it("streams 10,000 tickets reading Moov no further ahead than the download", async () => {
    const list = generatedList(atlas.accountID, 10_000);
    const response = await exportResponse(
      request().request,
      {
        accounts: [{ account: atlas, read: list.read }],
        filter: { status: "all" },
        concurrency: 1,
      },
      "x.csv",
    );
    const reader = response.body?.pipeThrough(new TextDecoderStream()).getReader();
    if (!reader) throw new Error("no body");
    let received = 0;
    let chunks = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks += 1;
      received += value.split("\r\n").length - 1;
      // Pages read so far cover what was downloaded, plus at most the page being used.
      expect(list.calls.length).toBeLessThanOrEqual(Math.ceil(received / 1000) + 1);
    }
    expect(received).toBe(10_001);
    expect(list.calls).toHaveLength(10);
    expect(chunks).toBeGreaterThan(50);
  });

  it("answers a failure of the first page with its status and Moov's request ID, not a file", async () => {
    const list = generatedList(atlas.accountID, 10, { failOnPage: { page: 1, error: moovDown } });
    const response = await exportResponse(
      request().request,
      {
        accounts: [{ account: atlas, read: list.read }],
        filter: { status: "all" },
        concurrency: 1,
      },
      "x.csv",
    );
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({
      code: "unavailable",
      message: "Moov is temporarily unavailable. Try again in a few minutes.",
      requestId: "req-503",
    });
  });

  it("ends a file that fails part-way with the incomplete line", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const list = generatedList(atlas.accountID, 5_000, {
      failOnPage: { page: 3, error: moovDown },
    });
    const quayside = { accountID: "acct-q", displayName: "Quayside Books" };
    const response = await exportResponse(
      request().request,
      {
        accounts: [
          { account: atlas, read: list.read },
          { account: quayside, read: generatedList("acct-q", 0).read },
        ],
        filter: { status: "all" },
        concurrency: 2,
      },
      "x.csv",
    );
    expect(response.status).toBe(200);
    const reader = response.body?.pipeThrough(new TextDecoderStream()).getReader();
    if (!reader) throw new Error("no body");
    let text = "";
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      text += value;
    }
    const records = lines(text);
    expect(records).toHaveLength(1 + 2_000 + 1);
    // Across accounts, the line names the account that failed.
    expect(records.at(-1)).toBe(
      "# Export incomplete,unavailable,Atlas Outfitters: Moov is temporarily unavailable. Try again in a few minutes.,req-503",
    );
    // The server's log says so too, with the code and request ID only (no ticket data).
    expect(logged).toHaveBeenCalledWith(
      "export: stopped early",
      '{"code":"unavailable","requestId":"req-503"}',
    );
    logged.mockRestore();
  });

  it("stops reading Moov when the browser disconnects", async () => {
    const list = generatedList(atlas.accountID, 10_000);
    const { request: req, disconnect } = request();
    const response = await exportResponse(
      req,
      {
        accounts: [{ account: atlas, read: list.read }],
        filter: { status: "all" },
        concurrency: 1,
      },
      "x.csv",
    );
    const reader = response.body?.getReader();
    if (!reader) throw new Error("no body");
    await reader.read();
    disconnect.abort();
    await expect(
      (async () => {
        for (;;) if ((await reader.read()).done) return;
      })(),
    ).rejects.toThrow();
    expect(list.calls.length).toBeLessThanOrEqual(2);
  });
});
