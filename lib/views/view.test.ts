import { describe, expect, it } from "vitest";
import { accessToView, leftOutMessage } from "./access";
import { parseSavedView, queueFromAddress, queueHref } from "./view";

const harbor = "5b0f8c6e-2d1a-4c3e-9f7a-000000000001";
const bluebird = "5b0f8c6e-2d1a-4c3e-9f7a-000000000002";
const quayside = "5b0f8c6e-2d1a-4c3e-9f7a-000000000005";
const id = "AAAAAAAAAAAAAAAAAAAAAA";

describe("a stored view", () => {
  it("reads back as saved", () => {
    const stored = {
      id,
      name: "Closed at Quayside",
      queue: { kind: "account", accountID: quayside, filters: { status: "closed" } },
    };
    expect(parseSavedView(stored)).toEqual(stored);
  });

  it.each([
    ["an unknown kind", { kind: "everything", filters: {} }],
    [
      "an account that is no ID",
      { kind: "account", accountID: "../x", filters: { status: "open" } },
    ],
    ["an unknown status", { kind: "account", accountID: quayside, filters: { status: "gone" } }],
    [
      "an extra field",
      { kind: "all-accounts", filters: { status: "open", sort: "newest", accounts: [], x: 1 } },
    ],
  ])("is refused with %s", (_, queue) => {
    expect(parseSavedView({ id, name: "V", queue })).toBeUndefined();
  });

  it("is refused with a guessable ID or a name too long", () => {
    const queue = {
      kind: "all-accounts",
      filters: { status: "open", sort: "newest", accounts: [] },
    };
    expect(parseSavedView({ id: "1", name: "V", queue })).toBeUndefined();
    expect(parseSavedView({ id, name: "x".repeat(61), queue })).toBeUndefined();
  });
});

describe("a queue's address", () => {
  it("becomes a view's queue and back", () => {
    const search = `?status=closed&sort=waiting&account=${quayside}&account=${harbor}&foreignID=o-1`;
    const queue = queueFromAddress({ kind: "all-accounts" }, search);
    expect(queue).toEqual({
      kind: "all-accounts",
      filters: {
        status: "closed",
        sort: "waiting",
        accounts: [harbor, quayside],
        foreignID: "o-1",
      },
    });
    expect(queueHref(queue)).toBe(
      `/tickets?status=closed&sort=waiting&account=${harbor}&account=${quayside}&foreignID=o-1`,
    );
    expect(
      queueHref(queueFromAddress({ kind: "account", accountID: quayside }, "?status=all")),
    ).toBe(`/accounts/${quayside}/tickets?status=all`);
  });
});

describe("opening a shared view", () => {
  const actsFor = new Set([harbor, quayside]);

  it("opens an account's view the person acts for", () => {
    const queue = {
      kind: "account" as const,
      accountID: quayside,
      filters: { status: "open" as const },
    };
    expect(accessToView(queue, actsFor)).toEqual({
      kind: "open",
      href: `/accounts/${quayside}/tickets`,
      leftOut: 0,
    });
  });

  it("refuses an account's view the person does not act for", () => {
    const queue = {
      kind: "account" as const,
      accountID: bluebird,
      filters: { status: "open" as const },
    };
    expect(accessToView(queue, actsFor)).toEqual({ kind: "no-access", accounts: 1 });
  });

  it("leaves out of the filter the accounts that are not theirs, and counts them", () => {
    const filters = {
      status: "open" as const,
      sort: "newest" as const,
      accounts: [bluebird, quayside],
    };
    const access = accessToView({ kind: "all-accounts", filters }, actsFor);
    expect(access).toEqual({ kind: "open", href: `/tickets?account=${quayside}`, leftOut: 1 });
    expect(JSON.stringify(access)).not.toContain(bluebird);
  });

  it("never widens a filter of none of their accounts to all of them", () => {
    const filters = { status: "open" as const, sort: "newest" as const, accounts: [bluebird] };
    expect(accessToView({ kind: "all-accounts", filters }, actsFor)).toEqual({
      kind: "no-access",
      accounts: 1,
    });
  });

  it("says how many were left out, in words", () => {
    expect(leftOutMessage(1)).toBe(
      "This view includes 1 account you don't act for; it is left out.",
    );
    expect(leftOutMessage(2)).toBe(
      "This view includes 2 accounts you don't act for; they are left out.",
    );
  });
});
