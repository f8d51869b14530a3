import { describe, expect, it } from "vitest";
import { goToAccountQueue, goToAllAccounts } from "./go-to";

const quayside = {
  accountID: "5b0f8c6e-2d1a-4c3e-9f7a-000000000005",
  displayName: "Quayside Books",
};
const quaysideQueue = "/accounts/5b0f8c6e-2d1a-4c3e-9f7a-000000000005/tickets";

describe("goToAllAccounts", () => {
  it("goes to the all-accounts queue from an account's pages", () => {
    expect(goToAllAccounts({ pathname: quaysideQueue, severalAccounts: true })).toEqual({
      path: "/tickets",
      announcement: "Going to all accounts",
    });
  });

  it("stays put, saying so, when already there (filters kept) or with one account", () => {
    expect(goToAllAccounts({ pathname: "/tickets", severalAccounts: true })).toEqual({
      announcement: "Already on all accounts",
    });
    expect(goToAllAccounts({ pathname: quaysideQueue, severalAccounts: false })).toEqual({
      announcement: "All accounts is for people who act for several accounts",
    });
  });
});

describe("goToAccountQueue", () => {
  it("goes to the account's queue, by name", () => {
    expect(goToAccountQueue({ pathname: "/accounts", account: quayside })).toEqual({
      path: quaysideQueue,
      announcement: "Going to the queue of Quayside Books",
    });
    expect(goToAccountQueue({ pathname: `${quaysideQueue}/t-1`, account: quayside }).path).toBe(
      quaysideQueue,
    );
  });

  it("stays put on that queue, and speaks of an unnamed account plainly", () => {
    expect(goToAccountQueue({ pathname: quaysideQueue, account: quayside })).toEqual({
      announcement: "Already on the queue of Quayside Books",
    });
    expect(
      goToAccountQueue({ pathname: "/tickets", account: { accountID: quayside.accountID } }),
    ).toEqual({ path: quaysideQueue, announcement: "Going to the account's queue" });
  });
});
