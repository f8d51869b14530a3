// @vitest-environment happy-dom
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { act, cleanup, renderHook, waitFor } from "@testing-library/react";
import type { ReactNode } from "react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { BulkCloseResult } from "./action-result";

/**
 * The bulk close against a real QueryClient, with the server action faked:
 * each ticket's badge flips when its group is sent, and its outcome decides
 * what the cache keeps. Keys are written out as the cache holds them.
 */
const action = vi.hoisted(() => ({ closeTickets: vi.fn() }));
vi.mock("@/lib/tickets/actions/close-tickets", () => ({ closeTickets: action.closeTickets }));

const { useBulkClose, bulkChunkSize } = await import("./use-bulk-close");

const account = "5b0f8c6e-2d1a-4c3e-9f7a-0000000000a1";
const id = (n: number) => `0f6d1a52-3b7e-4c1d-9a2b-5e8f7c6d4b${String(n).padStart(2, "0")}`;
const ticket = (n: number, status = "new") => ({
  ticketID: id(n),
  number: 100 + n,
  title: `Ticket ${n}`,
  contact: { email: "ops@bluebird.example" },
  status,
  createdOn: "2026-03-02T09:00:00.000Z",
  updatedOn: "2026-03-02T09:00:00.000Z",
});
const listKey = ["accounts", account, "tickets", "list", { status: "all", foreignID: null }];
const detailKey = (n: number) => ["accounts", account, "tickets", "detail", id(n)];
const list = (statuses: Record<number, string>) => ({
  pages: [{ items: Object.entries(statuses).map(([n, status]) => ticket(Number(n), status)) }],
  pageParams: [undefined],
});
const selectable = (n: number) => ({ accountID: account, ...ticket(n) });
const statusesInList = () =>
  (queryClient.getQueryData(listKey) as ReturnType<typeof list>).pages[0]?.items.map(
    (item) => item.status,
  );

let queryClient: QueryClient;

function held<T>() {
  let settle: (value: T) => void = () => undefined;
  const promise = new Promise<T>((resolve) => {
    settle = resolve;
  });
  return { promise, settle };
}

function renderBulk(onFinished = vi.fn()) {
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
  );
  return { hook: renderHook(() => useBulkClose(onFinished), { wrapper }), onFinished };
}

beforeEach(() => {
  action.closeTickets.mockReset();
  queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false, gcTime: Number.POSITIVE_INFINITY } },
  });
  const statuses = { 1: "new", 2: "on-hold", 3: "in-progress" };
  queryClient.setQueryData(listKey, list(statuses));
  for (const [n, status] of Object.entries(statuses)) {
    queryClient.setQueryData(detailKey(Number(n)), ticket(Number(n), status));
  }
});

afterEach(() => {
  cleanup();
  queryClient.clear();
});

describe("useBulkClose", () => {
  it("flips the badges of the group it sends, then keeps each ticket's own outcome", async () => {
    const answer = held<BulkCloseResult>();
    action.closeTickets.mockReturnValueOnce(answer.promise);
    const { hook, onFinished } = renderBulk();

    act(() => hook.result.current.start([selectable(1), selectable(2), selectable(3)]));
    await waitFor(() => expect(action.closeTickets).toHaveBeenCalledTimes(1));
    expect(action.closeTickets).toHaveBeenCalledWith({
      tickets: [1, 2, 3].map((n) => ({ accountID: account, ticketID: id(n) })),
    });
    expect(statusesInList()).toEqual(["closed", "closed", "closed"]);
    expect(hook.result.current.items.map((item) => item.state)).toEqual([
      "closing",
      "closing",
      "closing",
    ]);

    await act(async () =>
      answer.settle({
        ok: true,
        outcomes: [
          { accountID: account, ticketID: id(1), outcome: "closed", ticket: ticket(1, "closed") },
          { accountID: account, ticketID: id(2), outcome: "already-closed" },
          {
            accountID: account,
            ticketID: id(3),
            outcome: "failed",
            error: { code: "invalid", message: "Moov refused.", requestId: "req-3" },
          },
        ],
      }),
    );
    await waitFor(() => expect(hook.result.current.running).toBe(false));
    // Closed and already closed stay closed; only the refused one goes back.
    expect(statusesInList()).toEqual(["closed", "closed", "in-progress"]);
    expect(queryClient.getQueryData(detailKey(1))).toEqual(ticket(1, "closed"));
    expect(queryClient.getQueryData(detailKey(3))).toEqual(ticket(3, "in-progress"));
    expect(hook.result.current.items.map((item) => [item.state, item.error?.requestId])).toEqual([
      ["closed", undefined],
      ["already-closed", undefined],
      ["failed", "req-3"],
    ]);
    expect(queryClient.getQueryState(listKey)?.isInvalidated).toBe(true);
    expect(onFinished).toHaveBeenCalledTimes(1);
  });

  it("sends groups one after another, and Retry failed sends only the failed", async () => {
    const many = Array.from({ length: bulkChunkSize + 1 }, (_, index) => selectable(index + 1));
    action.closeTickets.mockImplementation(
      async ({ tickets }: { tickets: Array<{ accountID: string; ticketID: string }> }) => ({
        ok: true,
        outcomes: tickets.map((entry) =>
          entry.ticketID === id(2)
            ? { ...entry, outcome: "failed", error: { code: "server_error", message: "Down." } }
            : { ...entry, outcome: "closed", ticket: ticket(1, "closed") },
        ),
      }),
    );
    const { hook } = renderBulk();
    act(() => hook.result.current.start(many));
    await waitFor(() => expect(hook.result.current.running).toBe(false));
    expect(action.closeTickets.mock.calls.map(([input]) => input.tickets.length)).toEqual([
      bulkChunkSize,
      1,
    ]);

    action.closeTickets.mockClear();
    act(() => hook.result.current.retryFailed());
    await waitFor(() => expect(action.closeTickets).toHaveBeenCalledTimes(1));
    expect(action.closeTickets).toHaveBeenCalledWith({
      tickets: [{ accountID: account, ticketID: id(2) }],
    });
  });

  it("a whole call refused (the session ended) fails that group and every later one, unsent", async () => {
    const many = Array.from({ length: bulkChunkSize + 2 }, (_, index) => selectable(index + 1));
    action.closeTickets.mockResolvedValueOnce({
      ok: false,
      code: "unauthorized",
      message: "Your session has ended.",
    });
    const { hook } = renderBulk();
    act(() => hook.result.current.start(many));
    await waitFor(() => expect(hook.result.current.running).toBe(false));
    expect(action.closeTickets).toHaveBeenCalledTimes(1);
    expect(new Set(hook.result.current.items.map((item) => item.state))).toEqual(
      new Set(["failed"]),
    );
    expect(statusesInList()).toEqual(["new", "on-hold", "in-progress"]);
  });
});
