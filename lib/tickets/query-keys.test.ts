import { describe, expect, it } from "vitest";
import { ticketKeys } from "./query-keys";

const account = "5b0f8c6e-2d1a-4c3e-9f7a-000000000002";
const other = "5b0f8c6e-2d1a-4c3e-9f7a-000000000003";
const ticket = "0f6d1a52-3b7e-4c1d-9a2b-5e8f7c6d4b3a";

const startsWith = (key: readonly unknown[], prefix: readonly unknown[]) =>
  JSON.stringify(key.slice(0, prefix.length)) === JSON.stringify(prefix);

describe("ticket query keys", () => {
  it("nest lists and details under the account", () => {
    const all = ticketKeys.all(account);
    expect(startsWith(ticketKeys.lists(account), all)).toBe(true);
    expect(
      startsWith(ticketKeys.list(account, { status: "open" }), ticketKeys.lists(account)),
    ).toBe(true);
    expect(startsWith(ticketKeys.detail(account, ticket), ticketKeys.details(account))).toBe(true);
    expect(
      startsWith(ticketKeys.messages(account, ticket), ticketKeys.detail(account, ticket)),
    ).toBe(true);
  });

  it("keep accounts apart", () => {
    expect(startsWith(ticketKeys.lists(other), ticketKeys.all(account))).toBe(false);
  });

  it("give each filter its own list and treat a missing foreignID like no foreignID", () => {
    expect(ticketKeys.list(account, { status: "open" })).not.toEqual(
      ticketKeys.list(account, { status: "all" }),
    );
    expect(ticketKeys.list(account, { status: "open" })).toEqual(
      ticketKeys.list(account, { status: "open", foreignID: undefined }),
    );
    expect(ticketKeys.list(account, { status: "open", foreignID: "a" })).not.toEqual(
      ticketKeys.list(account, { status: "open" }),
    );
  });

  it("keep a ticket's messages out of the lists prefix, so closing does not refetch them twice", () => {
    expect(startsWith(ticketKeys.messages(account, ticket), ticketKeys.lists(account))).toBe(false);
  });
});
