// @vitest-environment happy-dom
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { act, cleanup, renderHook, waitFor } from "@testing-library/react";
import type { ReactNode } from "react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { TicketActionResult } from "./action-result";

/**
 * The close hook against a real QueryClient: the server action is a fake whose
 * answer each test holds open or settles, and every key is written out as the
 * cache holds it, so a change to what the hook touches shows up here.
 */
const action = vi.hoisted(() => ({ closeTicket: vi.fn() }));
vi.mock("@/lib/tickets/actions/close-ticket", () => ({ closeTicket: action.closeTicket }));

const { useCloseTicket } = await import("./use-close-ticket");

const account = "5b0f8c6e-2d1a-4c3e-9f7a-0000000000a1";
const otherAccount = "5b0f8c6e-2d1a-4c3e-9f7a-0000000000b2";
const ticketID = "0f6d1a52-3b7e-4c1d-9a2b-5e8f7c6d4b01";
const otherTicketID = "0f6d1a52-3b7e-4c1d-9a2b-5e8f7c6d4b02";

const detailKey = ["accounts", account, "tickets", "detail", ticketID];
const messagesKey = ["accounts", account, "tickets", "detail", ticketID, "messages"];
const otherDetailKey = ["accounts", account, "tickets", "detail", otherTicketID];
const openListKey = ["accounts", account, "tickets", "list", { status: "open", foreignID: null }];
const foreignListKey = [
  "accounts",
  account,
  "tickets",
  "list",
  { status: "all", foreignID: "order-7" },
];
const otherAccountListKey = [
  "accounts",
  otherAccount,
  "tickets",
  "list",
  { status: "open", foreignID: null },
];

const ticket = (status = "in-progress") => ({
  ticketID,
  number: 1042,
  title: "Payout delayed",
  contact: { email: "ops@bluebird.example", name: "Bluebird ops" },
  status,
  createdOn: "2026-03-02T09:00:00.000Z",
  updatedOn: "2026-03-03T10:00:00.000Z",
});
const otherTicket = () => ({
  ticketID: otherTicketID,
  number: 1043,
  title: "Card declined",
  contact: { email: "help@bluebird.example" },
  status: "new",
  createdOn: "2026-03-04T09:00:00.000Z",
  updatedOn: "2026-03-04T09:00:00.000Z",
});
const messages = () => [
  { author: "ops@bluebird.example", body: "Still waiting.", sentOn: "2026-03-03T10:00:00.000Z" },
];
// The ticket sits on the second page of the open queue and the first of the filtered list.
const openList = (status = "in-progress") => ({
  pages: [{ items: [otherTicket()], nextCursor: "cursor-2" }, { items: [ticket(status)] }],
  pageParams: [undefined, "cursor-2"],
});
const foreignList = (status = "in-progress") => ({
  pages: [{ items: [ticket(status), otherTicket()] }],
  pageParams: [undefined],
});
const otherAccountList = () => ({
  pages: [
    {
      items: [
        {
          ticketID: "0f6d1a52-3b7e-4c1d-9a2b-5e8f7c6d4b03",
          number: 7,
          title: "Refund missing",
          contact: { email: "desk@cedar.example" },
          status: "on-hold",
          createdOn: "2026-02-01T09:00:00.000Z",
          updatedOn: "2026-02-02T09:00:00.000Z",
        },
      ],
    },
  ],
  pageParams: [undefined],
});

// All-accounts pages: one shows the ticket (beside a ticket of another account), one shows a
// row of the other account that carries the same ticket ID, one does not show it at all.
const mergedFilters = { status: "open", sort: "newest", accounts: [], foreignID: null };
const mergedHoldingKey = ["all-accounts", "list", mergedFilters, null];
const mergedSameIDKey = [
  "all-accounts",
  "list",
  { ...mergedFilters, accounts: [otherAccount] },
  null,
];
const mergedOtherPageKey = ["all-accounts", "list", mergedFilters, "cursor-m2"];
const mergedSummaryKey = ["all-accounts", "summary"];
const mergedPage = (rows: unknown[]) => ({
  started: true,
  accounts: [
    { accountID: account, displayName: "Bluebird Coffee" },
    { accountID: otherAccount, displayName: "Cedar & Pine" },
  ],
  settled: 2,
  failures: [],
  rows,
  complete: true,
  nextCursor: "cursor-m2",
});
const mergedHolding = (status = "in-progress") =>
  mergedPage([
    { ...otherTicket(), accountID: otherAccount },
    { ...ticket(status), accountID: account },
  ]);
const mergedSameID = () => mergedPage([{ ...ticket("new"), accountID: otherAccount }]);
const mergedOtherPage = () => mergedPage([{ ...otherTicket(), accountID: account }]);

/** A promise the test settles when it chooses. */
function held<T>() {
  let settle: (value: T) => void = () => undefined;
  const promise = new Promise<T>((resolve) => {
    settle = resolve;
  });
  return { promise, settle };
}

let queryClient: QueryClient;

function seed() {
  queryClient.setQueryData(detailKey, ticket());
  queryClient.setQueryData(messagesKey, messages());
  queryClient.setQueryData(otherDetailKey, otherTicket());
  queryClient.setQueryData(openListKey, openList());
  queryClient.setQueryData(foreignListKey, foreignList());
  queryClient.setQueryData(otherAccountListKey, otherAccountList());
  queryClient.setQueryData(mergedHoldingKey, mergedHolding());
  queryClient.setQueryData(mergedSameIDKey, mergedSameID());
  queryClient.setQueryData(mergedOtherPageKey, mergedOtherPage());
  queryClient.setQueryData(mergedSummaryKey, { accounts: 2 });
}

function renderClose(callbacks: Parameters<typeof useCloseTicket>[2] = {}) {
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
  );
  return renderHook(() => useCloseTicket(account, ticketID, callbacks), { wrapper });
}

/** Starts the close with the action's answer held open; resolves once the action was called. */
async function startClose(callbacks: Parameters<typeof useCloseTicket>[2] = {}) {
  const answer = held<TicketActionResult>();
  action.closeTicket.mockReturnValueOnce(answer.promise);
  const hook = renderClose(callbacks);
  act(() => hook.result.current.mutate());
  await waitFor(() => expect(action.closeTicket).toHaveBeenCalledTimes(1));
  return { hook, answer };
}

const invalidated = (key: readonly unknown[]) => queryClient.getQueryState(key)?.isInvalidated;

beforeEach(() => {
  action.closeTicket.mockReset();
  queryClient = new QueryClient({
    defaultOptions: {
      queries: { retry: false, gcTime: Number.POSITIVE_INFINITY },
      mutations: { retry: false },
    },
  });
  seed();
});

afterEach(() => {
  cleanup();
  queryClient.clear();
});

describe("useCloseTicket", () => {
  it("shows the ticket closed in its detail, every list of the account and the all-accounts pages showing it, before Moov answers", async () => {
    const { hook, answer } = await startClose();

    expect(action.closeTicket).toHaveBeenCalledWith({ accountID: account, ticketID });
    expect(hook.result.current.isPending).toBe(true);
    expect(queryClient.getQueryData(detailKey)).toEqual(ticket("closed"));
    expect(queryClient.getQueryData(openListKey)).toEqual(openList("closed"));
    expect(queryClient.getQueryData(foreignListKey)).toEqual(foreignList("closed"));
    expect(queryClient.getQueryData(otherDetailKey)).toEqual(otherTicket());
    expect(queryClient.getQueryData(otherAccountListKey)).toEqual(otherAccountList());
    expect(queryClient.getQueryData(mergedHoldingKey)).toEqual(mergedHolding("closed"));
    expect(queryClient.getQueryData(mergedSameIDKey)).toEqual(mergedSameID());
    expect(queryClient.getQueryData(mergedOtherPageKey)).toEqual(mergedOtherPage());

    await act(async () => answer.settle({ ok: true, ticket: ticket("closed") }));
    await waitFor(() => expect(hook.result.current.isSuccess).toBe(true));
  });

  it("puts back exactly what was cached when the close is refused", async () => {
    const onFailed = vi.fn();
    const { hook, answer } = await startClose({ onFailed });
    expect(queryClient.getQueryData(detailKey)).toEqual(ticket("closed"));

    await act(async () =>
      answer.settle({
        ok: false,
        code: "forbidden",
        message: "You do not have access to this account's tickets.",
      }),
    );
    await waitFor(() => expect(hook.result.current.isError).toBe(true));

    expect(queryClient.getQueryData(detailKey)).toEqual({
      ticketID,
      number: 1042,
      title: "Payout delayed",
      contact: { email: "ops@bluebird.example", name: "Bluebird ops" },
      status: "in-progress",
      createdOn: "2026-03-02T09:00:00.000Z",
      updatedOn: "2026-03-03T10:00:00.000Z",
    });
    expect(queryClient.getQueryData(openListKey)).toEqual(openList("in-progress"));
    expect(queryClient.getQueryData(foreignListKey)).toEqual(foreignList("in-progress"));
    expect(queryClient.getQueryData(mergedHoldingKey)).toEqual(mergedHolding("in-progress"));
    expect(onFailed).toHaveBeenCalledTimes(1);
  });

  it("rolls back only its own ticket while another close on the same list is still in flight", async () => {
    const wrapper = ({ children }: { children: ReactNode }) => (
      <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
    );
    const first = held<TicketActionResult>();
    const second = held<TicketActionResult>();
    action.closeTicket.mockReturnValueOnce(first.promise).mockReturnValueOnce(second.promise);
    const closing = renderHook(() => useCloseTicket(account, ticketID), { wrapper });
    const other = renderHook(() => useCloseTicket(account, otherTicketID), { wrapper });
    act(() => closing.result.current.mutate());
    await waitFor(() => expect(action.closeTicket).toHaveBeenCalledTimes(1));
    act(() => other.result.current.mutate());
    await waitFor(() => expect(action.closeTicket).toHaveBeenCalledTimes(2));

    await act(async () =>
      first.settle({ ok: false, code: "forbidden", message: "You do not have access." }),
    );
    await waitFor(() => expect(closing.result.current.isError).toBe(true));

    // The refused ticket is back to in-progress; the other one still shows its own flip.
    const items = (queryClient.getQueryData(openListKey) as ReturnType<typeof openList>).pages
      .flatMap((page) => page.items)
      .map((item) => [item.ticketID, item.status]);
    expect(items).toEqual([
      [otherTicketID, "closed"],
      [ticketID, "in-progress"],
    ]);
  });

  it("keeps the ticket closed when Moov answers 409 (someone closed it already)", async () => {
    const { hook, answer } = await startClose();

    await act(async () =>
      answer.settle({
        ok: false,
        code: "conflict",
        message: "Someone already closed this ticket. It has been refreshed.",
      }),
    );
    await waitFor(() => expect(hook.result.current.isError).toBe(true));

    expect(queryClient.getQueryData(detailKey)).toEqual(ticket("closed"));
    expect(queryClient.getQueryData(openListKey)).toEqual(openList("closed"));
    expect(queryClient.getQueryData(foreignListKey)).toEqual(foreignList("closed"));
    expect(queryClient.getQueryData(mergedHoldingKey)).toEqual(mergedHolding("closed"));
  });

  it("drops the ticket, the account's lists and the all-accounts pages showing it from the cache when the outcome is unconfirmed", async () => {
    const { hook, answer } = await startClose();

    await act(async () =>
      answer.settle({
        ok: false,
        code: "unconfirmed",
        message: "Moov did not answer, so it is not known yet whether this ticket was closed.",
      }),
    );
    await waitFor(() => expect(hook.result.current.isError).toBe(true));

    for (const key of [detailKey, openListKey, foreignListKey, mergedHoldingKey]) {
      expect(queryClient.getQueryData(key)).toBeUndefined();
      expect(queryClient.getQueryState(key)?.status).toBe("pending");
    }
    expect(queryClient.getQueryData(otherDetailKey)).toEqual(otherTicket());
    expect(queryClient.getQueryData(otherAccountListKey)).toEqual(otherAccountList());
    expect(queryClient.getQueryData(mergedSameIDKey)).toEqual(mergedSameID());
    expect(queryClient.getQueryData(mergedOtherPageKey)).toEqual(mergedOtherPage());
  });

  it("after a close, marks stale the ticket, every list of its account and the all-accounts pages showing it, and nothing else", async () => {
    const onClosed = vi.fn();
    const { hook, answer } = await startClose({ onClosed });
    const closed = { ...ticket("closed"), closedOn: "2026-03-05T12:00:00.000Z" };

    await act(async () => answer.settle({ ok: true, ticket: closed }));
    await waitFor(() => expect(hook.result.current.isSuccess).toBe(true));
    await waitFor(() => expect(invalidated(detailKey)).toBe(true));

    expect(queryClient.getQueryData(detailKey)).toEqual({
      ticketID,
      number: 1042,
      title: "Payout delayed",
      contact: { email: "ops@bluebird.example", name: "Bluebird ops" },
      status: "closed",
      createdOn: "2026-03-02T09:00:00.000Z",
      updatedOn: "2026-03-03T10:00:00.000Z",
      closedOn: "2026-03-05T12:00:00.000Z",
    });
    expect(onClosed).toHaveBeenCalledWith(closed);
    expect(invalidated(openListKey)).toBe(true);
    expect(invalidated(foreignListKey)).toBe(true);
    // detail(id) is invalidated as a prefix, so the ticket's messages go with it.
    expect(invalidated(messagesKey)).toBe(true);
    expect(invalidated(otherDetailKey)).toBe(false);
    expect(invalidated(otherAccountListKey)).toBe(false);
    // Of the all-accounts pages, only the one showing this ticket (matched by account and ID).
    expect(invalidated(mergedHoldingKey)).toBe(true);
    expect(invalidated(mergedSameIDKey)).toBe(false);
    expect(invalidated(mergedOtherPageKey)).toBe(false);
    expect(invalidated(mergedSummaryKey)).toBe(false);
  });
});
