import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { UserFacingError } from "@/lib/errors/user-error";
import { type WaitingItem, type WaitingRef, waitingRefKey, waitingURL } from "./waiting-api";
import { createWaitingBatcher } from "./waiting-batcher";

const bluebird = "5b0f8c6e-2d1a-4c3e-9f7a-000000000002";
const cedar = "5b0f8c6e-2d1a-4c3e-9f7a-000000000003";
const ticketID = (n: number) => `0f6d1a52-3b7e-4c1d-9a2b-5e8f7c6d${String(n).padStart(4, "0")}`;
const ref = (n: number, accountID = bluebird): WaitingRef => ({
  accountID,
  ticketID: ticketID(n),
  latestMessageOn: "2026-05-10T09:00:00.000Z",
});
const ends = { firstAuthor: "Ada Lovelace", latestAuthor: "Priya (Moov Support)" };

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

/** A fake route: answers every ticket with `ends`, and notes each request's tickets. */
function fakeRoute(
  answer: (ref: WaitingRef) => WaitingItem = (r) => ({ key: waitingRefKey(r), ends }),
) {
  const requests: WaitingRef[][] = [];
  return {
    requests,
    fetch: async (refs: WaitingRef[]) => {
      requests.push(refs);
      return refs.map(answer);
    },
  };
}

describe("the waiting batcher", () => {
  it("sends the reads asked within its window as one request, across accounts", async () => {
    const route = fakeRoute();
    const batcher = createWaitingBatcher(route.fetch, 15);
    const reads = [batcher.load(ref(1)), batcher.load(ref(2, cedar)), batcher.load(ref(3))];
    expect(route.requests).toEqual([]);

    await vi.advanceTimersByTimeAsync(15);

    expect(route.requests).toEqual([[ref(1), ref(2, cedar), ref(3)]]);
    await expect(Promise.all(reads)).resolves.toEqual([ends, ends, ends]);
  });

  it("starts a new request for reads asked after the window closed", async () => {
    const route = fakeRoute();
    const batcher = createWaitingBatcher(route.fetch, 15);
    void batcher.load(ref(1));
    await vi.advanceTimersByTimeAsync(15);
    void batcher.load(ref(2));
    await vi.advanceTimersByTimeAsync(15);
    expect(route.requests).toEqual([[ref(1)], [ref(2)]]);
  });

  it("sends at most 50 tickets per request", async () => {
    const route = fakeRoute();
    const batcher = createWaitingBatcher(route.fetch, 15);
    const reads = Array.from({ length: 120 }, (_, n) => batcher.load(ref(n)));
    await vi.advanceTimersByTimeAsync(15);
    expect(route.requests.map((refs) => refs.length)).toEqual([50, 50, 20]);
    await expect(Promise.all(reads)).resolves.toHaveLength(120);
  });

  it("fails only the ticket the answer refused, with its error", async () => {
    const refused = { status: 403, code: "forbidden", message: "No access." };
    const route = fakeRoute((r) =>
      r.accountID === cedar
        ? { key: waitingRefKey(r), error: refused }
        : { key: waitingRefKey(r), ends: null },
    );
    const batcher = createWaitingBatcher(route.fetch, 15);
    const mine = batcher.load(ref(1));
    const theirs = batcher.load(ref(2, cedar));
    const failure = theirs.catch((error: unknown) => error);
    await vi.advanceTimersByTimeAsync(15);
    await expect(mine).resolves.toBeNull();
    const error = await failure;
    expect(error).toBeInstanceOf(UserFacingError);
    expect((error as UserFacingError).detail).toEqual(refused);
  });

  it("fails every ticket of a request that failed as a whole", async () => {
    const offline = new UserFacingError({ status: 0, code: "offline", message: "Offline." });
    const batcher = createWaitingBatcher(async () => Promise.reject(offline), 15);
    const reads = [batcher.load(ref(1)), batcher.load(ref(2))].map((read) =>
      read.catch((error: unknown) => error),
    );
    await vi.advanceTimersByTimeAsync(15);
    await expect(Promise.all(reads)).resolves.toEqual([offline, offline]);
  });

  it("names each ticket in the URL as account/ticket/latest message time", () => {
    expect(waitingURL([ref(1), { accountID: cedar, ticketID: ticketID(2) }])).toBe(
      "/api/tickets/waiting?ticket=5b0f8c6e-2d1a-4c3e-9f7a-000000000002%2F0f6d1a52-3b7e-4c1d-9a2b-5e8f7c6d0001%2F2026-05-10T09%3A00%3A00.000Z&ticket=5b0f8c6e-2d1a-4c3e-9f7a-000000000003%2F0f6d1a52-3b7e-4c1d-9a2b-5e8f7c6d0002%2F",
    );
  });
});
