import { QueryClient } from "@tanstack/react-query";
import { describe, expect, it } from "vitest";
import { dehydrateCache } from "@/lib/query/dehydrate-cache";
import { isAmbiguousWriteFailure, isOutage } from "./error-codes";
import { writeFailureTitle } from "./messages";
import { inWordsOf, toUserError, UserFacingError } from "./user-error";

describe("toUserError", () => {
  it("passes a thrown UserFacingError and a UserError that crossed as JSON through", () => {
    const shown = { status: 403, code: "forbidden", message: "No.", requestId: "req-1" };
    expect(toUserError(new UserFacingError(shown))).toEqual(shown);
    expect(toUserError(JSON.parse(JSON.stringify(shown)))).toEqual(shown);
  });

  it("shows nothing of an error it does not know", () => {
    const leaky = new Error('{"raw":"upstream body","token":"moov_at_secret"}');
    expect(toUserError(leaky)).toEqual({
      status: 500,
      code: "unexpected",
      message: "Something unexpected went wrong. Try again in a moment.",
    });
    expect(toUserError(undefined).code).toBe("unexpected");
  });
});

describe("a write's own words", () => {
  it("words a close's failures as a close, and leaves other codes alone", () => {
    const conflict = { code: "conflict", message: "generic" };
    expect(inWordsOf("close", conflict).message).toBe(
      "Someone already closed this ticket. It has been refreshed.",
    );
    expect(inWordsOf("close", { code: "forbidden", message: "kept" }).message).toBe("kept");
    expect(inWordsOf("create", { code: "timeout", message: "generic" }).message).toBe(
      "Moov did not answer, so the ticket may have been created. Check the queue before trying again.",
    );
  });

  it("names the ticket a failed close was about", () => {
    expect(writeFailureTitle("close", "forbidden", 12)).toBe("Ticket #12 was not closed.");
    expect(writeFailureTitle("close", "unconfirmed", 12)).toBe(
      "Ticket #12 may or may not be closed.",
    );
    expect(writeFailureTitle("create", "forbidden", 12)).toBeUndefined();
  });

  it("tells an outage and an ambiguous write apart", () => {
    expect(isOutage("offline")).toBe(true);
    expect(isOutage("forbidden")).toBe(false);
    expect(isAmbiguousWriteFailure("server_error")).toBe(true);
    expect(isAmbiguousWriteFailure("offline")).toBe(false);
  });
});

describe("dehydrateCache", () => {
  it("sends a failed prefetch to the browser as a plain UserError, and leaves an outage to the browser", async () => {
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const refused = { status: 403, code: "forbidden", message: "No.", requestId: "req-9" };
    await client.prefetchQuery({
      queryKey: ["refused"],
      queryFn: () => Promise.reject(new UserFacingError(refused)),
    });
    await client.prefetchQuery({
      queryKey: ["outage"],
      queryFn: () =>
        Promise.reject(new UserFacingError({ code: "unreachable", message: "Out of reach" })),
    });
    await client.prefetchQuery({ queryKey: ["fine"], queryFn: () => "data" });
    const state = JSON.parse(JSON.stringify(dehydrateCache(client)));
    const byKey = Object.fromEntries(
      state.queries.map((query: { queryKey: string[] }) => [query.queryKey[0], query]),
    );
    expect(Object.keys(byKey).sort()).toEqual(["fine", "refused"]);
    expect(byKey.refused.state.error).toEqual(refused);
    expect(byKey.refused.state.status).toBe("error");
  });
});
