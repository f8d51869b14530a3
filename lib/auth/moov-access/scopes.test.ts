import { describe, expect, it } from "vitest";
import type { ActsFor } from "../users/users-file";
import { directoryScopes, homeAccount, relationTo, workScopes } from "./scopes";

const partner = "5b0f8c6e-2d1a-4c3e-9f7a-000000000001";
const bluebird = "5b0f8c6e-2d1a-4c3e-9f7a-000000000002";
const cedar = "5b0f8c6e-2d1a-4c3e-9f7a-000000000003";
const lumen = "5b0f8c6e-2d1a-4c3e-9f7a-000000000004";
const quayside = "5b0f8c6e-2d1a-4c3e-9f7a-000000000005";
const orchard = "5b0f8c6e-2d1a-4c3e-9f7a-000000000006";

const accountAgent: ActsFor = { accounts: [cedar, lumen] };
const partnerAll: ActsFor = { partner, connected: "*" };
const partnerSome: ActsFor = { partner, connected: [quayside] };
const connectedToPartner = new Set([bluebird, cedar, lumen, quayside]);

describe("relationTo", () => {
  it("lets an account agent act for each listed account and nothing else", () => {
    expect(relationTo(accountAgent, cedar)).toBe("own");
    expect(relationTo(accountAgent, lumen)).toBe("own");
    expect(relationTo(accountAgent, bluebird)).toBeNull();
    expect(relationTo(accountAgent, partner)).toBeNull();
  });

  it("lets a partner agent with * act for the partner and every connected account", () => {
    expect(relationTo(partnerAll, partner, connectedToPartner)).toBe("own");
    expect(relationTo(partnerAll, quayside, connectedToPartner)).toBe("connected");
    expect(relationTo(partnerAll, orchard, connectedToPartner)).toBeNull();
  });

  it("refuses a partner agent with * a sub-account when the connected list is unknown", () => {
    expect(relationTo(partnerAll, bluebird)).toBeNull();
  });

  it("lets a partner agent with a list act only for the partner and the listed accounts", () => {
    expect(relationTo(partnerSome, partner)).toBe("own");
    expect(relationTo(partnerSome, quayside, connectedToPartner)).toBe("connected");
    expect(relationTo(partnerSome, bluebird, connectedToPartner)).toBeNull();
  });
});

describe("workScopes", () => {
  it("gives an account agent the account's tickets and profile", () => {
    expect(workScopes(accountAgent, lumen, "own")).toEqual([
      `/accounts/${lumen}/tickets.read`,
      `/accounts/${lumen}/tickets.write`,
      `/accounts/${lumen}/profile.read`,
    ]);
  });

  it("gives a partner agent on the partner's own account its tickets and profile", () => {
    expect(workScopes(partnerAll, partner, "own")).toEqual([
      `/accounts/${partner}/tickets.read`,
      `/accounts/${partner}/tickets.write`,
      `/accounts/${partner}/profile.read`,
    ]);
  });

  it("gives a partner agent on a sub-account the partner's tickets and the sub-account's profile", () => {
    for (const actsFor of [partnerAll, partnerSome]) {
      expect(workScopes(actsFor, quayside, "connected")).toEqual([
        `/accounts/${partner}/tickets.read`,
        `/accounts/${partner}/tickets.write`,
        `/accounts/${quayside}/profile.read`,
      ]);
    }
  });

  it("never names another account than the partner and the one worked", () => {
    const scopes = workScopes(partnerAll, cedar, "connected").join(" ");
    for (const other of [bluebird, lumen, quayside, orchard]) expect(scopes).not.toContain(other);
  });

  it("refuses a connected relation for an account agent", () => {
    expect(() => workScopes(accountAgent, cedar, "connected")).toThrow();
  });
});

describe("directoryScopes", () => {
  it("reads only the profiles of an account agent's accounts", () => {
    expect(directoryScopes(accountAgent)).toEqual([
      `/accounts/${cedar}/profile.read`,
      `/accounts/${lumen}/profile.read`,
    ]);
  });

  it("lists a * partner's connected accounts and reads the partner's profile", () => {
    expect(directoryScopes(partnerAll)).toEqual([
      "/accounts.read",
      `/accounts/${partner}/profile.read`,
    ]);
  });

  it("reads only the partner's and the listed sub-accounts' profiles", () => {
    expect(directoryScopes(partnerSome)).toEqual([
      `/accounts/${partner}/profile.read`,
      `/accounts/${quayside}/profile.read`,
    ]);
  });

  it("never asks for tickets", () => {
    for (const actsFor of [accountAgent, partnerAll, partnerSome]) {
      expect(directoryScopes(actsFor).some((scope) => scope.includes("tickets"))).toBe(false);
    }
  });
});

describe("homeAccount", () => {
  it("starts a partner agent on the partner and an account agent on the first account", () => {
    expect(homeAccount(partnerSome)).toBe(partner);
    expect(homeAccount(accountAgent)).toBe(cedar);
  });
});
