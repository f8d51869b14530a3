import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { largePartnerId, largeTicketsAccountID } from "../src/seed/large.js";
import type { RunningEmulator } from "../src/server.js";
import {
  adminJSON,
  basicMoov,
  bearerMoov,
  bluebirdID,
  expectMoovError,
  freezeClock,
  harborID,
  orchardID,
  quayside,
  startTestEmulator,
} from "./helpers.js";

type SeedInfo = {
  accounts: Array<{
    accountID: string;
    displayName: string;
    partner: boolean;
    connectedAccountIDs: string[];
    apiKeys: Array<{ publicKey: string; privateKey: string }>;
  }>;
};

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startTestEmulator();
});
afterAll(() => emulator.close());
afterEach(() => {
  vi.useRealTimers();
});

async function allTickets(url: string, accountID: string) {
  const sdk = basicMoov(url, harborID.keys);
  return (await sdk.support.listTickets({ accountID, count: 1000 })).result.items;
}

describe("seed-info and the demo seed", () => {
  it("answers the contract shape with the demo IDs and keys", async () => {
    const info = await adminJSON<SeedInfo>(emulator.url, "/_emulator/seed-info");
    expect(info.accounts).toHaveLength(6);
    expect(info.accounts[0]).toEqual({
      accountID: harborID.accountID,
      displayName: "Harbor Platform",
      partner: true,
      connectedAccountIDs: [2, 3, 4, 5].map((n) => `5b0f8c6e-2d1a-4c3e-9f7a-00000000000${n}`),
      apiKeys: [{ publicKey: "pk_harbor_demo", privateKey: "sk_harbor_demo_7f3c9a" }],
    });
    const orchard = info.accounts.find((account) => account.accountID === orchardID.accountID);
    expect(orchard).toMatchObject({
      displayName: "Orchard Dental",
      partner: false,
      connectedAccountIDs: [],
    });
  });

  it("gives every account 8-25 tickets in every status, with threads", async () => {
    const info = await adminJSON<SeedInfo>(emulator.url, "/_emulator/seed-info");
    for (const account of info.accounts) {
      const sdk = basicMoov(emulator.url, {
        username: account.apiKeys[0]?.publicKey ?? "",
        password: account.apiKeys[0]?.privateKey ?? "",
      });
      const { result } = await sdk.support.listTickets({
        accountID: account.accountID,
        count: 100,
      });
      expect(result.items.length).toBeGreaterThanOrEqual(8);
      expect(result.items.length).toBeLessThanOrEqual(25);
      const statuses = new Set(result.items.map((ticket) => ticket.status));
      expect([...statuses].sort()).toEqual(["closed", "in-progress", "new", "on-hold"]);
      const closed = result.items.find((ticket) => ticket.status === "closed");
      const thread = await sdk.support.listTicketMessages({
        accountID: account.accountID,
        ticketID: closed?.ticketID ?? "",
      });
      expect(thread.result.length).toBeGreaterThanOrEqual(2);
    }
  });
});

describe("reset", () => {
  it("restores the seed exactly and deterministically", async () => {
    const before = await allTickets(emulator.url, harborID.accountID);
    await basicMoov(emulator.url, harborID.keys).support.createTicket({
      accountID: harborID.accountID,
      createTicket: { title: "gone after reset", body: "b", contact: { email: "a@b.example" } },
    });
    await adminJSON(emulator.url, "/_emulator/reset", { method: "POST", body: "{}" });
    expect(await allTickets(emulator.url, harborID.accountID)).toEqual(before);

    await adminJSON(emulator.url, "/_emulator/reset", {
      method: "POST",
      body: JSON.stringify({ seed: "demo", randomSeed: 7 }),
    });
    const other = await allTickets(emulator.url, harborID.accountID);
    expect(other.map((ticket) => ticket.ticketID)).not.toEqual(
      before.map((ticket) => ticket.ticketID),
    );
    await adminJSON(emulator.url, "/_emulator/reset", {
      method: "POST",
      body: JSON.stringify({ seed: "demo", randomSeed: 7 }),
    });
    expect(await allTickets(emulator.url, harborID.accountID)).toEqual(other);
    await adminJSON(emulator.url, "/_emulator/reset", {
      method: "POST",
      body: JSON.stringify({ randomSeed: 1 }),
    });
  });

  it("with seed none leaves no accounts", async () => {
    await adminJSON(emulator.url, "/_emulator/reset", {
      method: "POST",
      body: JSON.stringify({ seed: "none" }),
    });
    expect((await adminJSON<SeedInfo>(emulator.url, "/_emulator/seed-info")).accounts).toEqual([]);
    await adminJSON(emulator.url, "/_emulator/reset", {
      method: "POST",
      body: JSON.stringify({ seed: "demo" }),
    });
  });
});

describe("admin accounts and staff actions", () => {
  it("creates a fresh account connected to a partner, usable at once", async () => {
    const account = await adminJSON<SeedInfo["accounts"][number]>(
      emulator.url,
      "/_emulator/accounts",
      {
        method: "POST",
        body: JSON.stringify({ displayName: "Test Merchant", connectedTo: harborID.accountID }),
      },
    );
    expect(account.displayName).toBe("Test Merchant");
    const key = account.apiKeys[0];
    const own = basicMoov(emulator.url, {
      username: key?.publicKey ?? "",
      password: key?.privateKey ?? "",
    });
    expect((await own.support.listTickets({ accountID: account.accountID })).result.items).toEqual(
      [],
    );
    await basicMoov(emulator.url, harborID.keys).support.listTickets({
      accountID: account.accountID,
    });
    const info = await adminJSON<SeedInfo>(emulator.url, "/_emulator/seed-info");
    expect(info.accounts[0]?.connectedAccountIDs).toContain(account.accountID);
  });

  it("adds a staff message and moves a ticket; closed is final", async () => {
    const sdk = basicMoov(emulator.url, harborID.keys);
    const { result: ticket } = await sdk.support.createTicket({
      accountID: harborID.accountID,
      createTicket: { title: "staff", body: "help", contact: { email: "a@b.example" } },
    });
    const message = await adminJSON<{ author: string; body: string; sentOn: string }>(
      emulator.url,
      `/_emulator/tickets/${ticket.ticketID}/messages`,
      { method: "POST", body: JSON.stringify({ author: "Marcus (Moov Support)", body: "On it." }) },
    );
    expect(message.author).toBe("Marcus (Moov Support)");
    const moved = await adminJSON<{ status: string }>(
      emulator.url,
      `/_emulator/tickets/${ticket.ticketID}/status`,
      {
        method: "POST",
        body: JSON.stringify({ status: "in-progress" }),
      },
    );
    expect(moved.status).toBe("in-progress");
    const { result } = await sdk.support.getTicket({
      accountID: harborID.accountID,
      ticketID: ticket.ticketID,
    });
    expect(result.status).toBe("in-progress");
    expect(result.latestMessageOn?.toISOString()).toBe(message.sentOn);
    const thread = await sdk.support.listTicketMessages({
      accountID: harborID.accountID,
      ticketID: ticket.ticketID,
    });
    expect(thread.result.map((m) => m.body)).toEqual(["help", "On it."]);

    await adminJSON(emulator.url, `/_emulator/tickets/${ticket.ticketID}/status`, {
      method: "POST",
      body: JSON.stringify({ status: "closed" }),
    });
    const reopen = await fetch(`${emulator.url}/_emulator/tickets/${ticket.ticketID}/status`, {
      method: "POST",
      body: JSON.stringify({ status: "in-progress" }),
    });
    expect(reopen.status).toBe(409);
    await expectMoovError(
      sdk.support.updateTicket({
        accountID: harborID.accountID,
        ticketID: ticket.ticketID,
        updateTicket: { status: "closed" },
      }),
      409,
    );
  });

  it("creates many tickets for one account in one call, oldest first, with the titles given", async () => {
    const account = await adminJSON<SeedInfo["accounts"][number]>(
      emulator.url,
      "/_emulator/accounts",
      {
        method: "POST",
        body: JSON.stringify({ displayName: "Bulk Merchant", connectedTo: harborID.accountID }),
      },
    );
    const titles = ['Refund, "partial"\nline two', "=HYPERLINK(1)"];
    const created = await adminJSON<{ created: number; first: number; last: number }>(
      emulator.url,
      `/_emulator/accounts/${account.accountID}/tickets`,
      { method: "POST", body: JSON.stringify({ count: 1_200, status: "closed", titles }) },
    );
    expect(created).toEqual({
      accountID: account.accountID,
      created: 1_200,
      first: 1,
      last: 1_200,
    });
    const sdk = basicMoov(emulator.url, harborID.keys);
    const first = await sdk.support.listTickets({ accountID: account.accountID, count: 1000 });
    const cursor = first.result.nextPage?.cursor ?? "";
    const second = await sdk.support.listTickets({
      accountID: account.accountID,
      count: 1000,
      cursor,
    });
    const items = [...first.result.items, ...second.result.items];
    expect(items).toHaveLength(1_200);
    expect(second.result.nextPage).toBeUndefined();
    expect(items.every((ticket) => ticket.status === "closed" && ticket.closedOn)).toBe(true);
    expect(items.at(-1)?.title).toBe(titles[0]);
    expect(items.at(-2)?.title).toBe(titles[1]);
    expect(items[0]?.title).toBe("Bulk ticket 1200");
    // Newest first by number is newest first by creation too.
    const createdTimes = items.map((ticket) => ticket.createdOn.getTime());
    expect(createdTimes).toEqual([...createdTimes].sort((a, b) => b - a));
    expect(new Set(createdTimes).size).toBe(1_200);

    const unknown = await fetch(
      `${emulator.url}/_emulator/accounts/${crypto.randomUUID()}/tickets`,
      {
        method: "POST",
        body: JSON.stringify({ count: 1 }),
      },
    );
    expect(unknown.status).toBe(404);
    const tooMany = await fetch(`${emulator.url}/_emulator/accounts/${account.accountID}/tickets`, {
      method: "POST",
      body: JSON.stringify({ count: 20_001 }),
    });
    expect(tooMany.status).toBe(422);
  });

  it("reads and changes the runtime config", async () => {
    const config = await adminJSON<{ tokenTTL: number; rateLimit: number }>(
      emulator.url,
      "/_emulator/config",
    );
    expect(config).toMatchObject({ tokenTTL: 3600, rateLimit: 0 });
    const bad = await fetch(`${emulator.url}/_emulator/config`, {
      method: "PUT",
      body: JSON.stringify({ tokenTTL: -1 }),
    });
    expect(bad.status).toBe(422);
  });

  it("gives one account's tokens their own lifetime, and leaves every other token alone", async () => {
    const setTTLs = (tokenTTLForAccounts: Record<string, number | null>) =>
      adminJSON<{ tokenTTL: number; tokenTTLForAccounts: Record<string, number> }>(
        emulator.url,
        "/_emulator/config",
        { method: "PUT", body: JSON.stringify({ tokenTTLForAccounts }) },
      );
    expect((await setTTLs({ [bluebirdID.accountID]: 60 })).tokenTTLForAccounts).toEqual({
      [bluebirdID.accountID]: 60,
    });
    try {
      const clock = freezeClock();
      const mint = (accountID: string) =>
        basicMoov(emulator.url, harborID.keys).authentication.createAccessToken({
          grantType: "client_credentials",
          scope: `/accounts/${accountID}/tickets.read /accounts/${accountID}/profile.read`,
        });
      const mintedAt = Math.floor(Date.now() / 1000);
      const short = await mint(bluebirdID.accountID);
      const long = await mint(quayside.accountID);
      expect(short.result.expiresIn).toBe(mintedAt + 60);
      expect(long.result.expiresIn).toBe(mintedAt + 3600);
      clock.advance(60_000);
      const list = (token: string, accountID: string) =>
        bearerMoov(emulator.url, token).support.listTickets({ accountID });
      await expectMoovError(list(short.result.accessToken, bluebirdID.accountID), 401);
      await list(long.result.accessToken, quayside.accountID);
    } finally {
      expect((await setTTLs({ [bluebirdID.accountID]: null })).tokenTTLForAccounts).toEqual({});
    }
  });
});

describe("large seed", () => {
  it("builds 10,000 tickets and a partner with 200 connected accounts", async () => {
    const large = await startTestEmulator({ seed: "large" });
    try {
      const info = await adminJSON<SeedInfo>(large.url, "/_emulator/seed-info");
      const partner = info.accounts.find((account) => account.accountID === largePartnerId);
      expect(partner?.connectedAccountIDs).toHaveLength(200);
      expect(info.accounts.some((account) => account.accountID === harborID.accountID)).toBe(true);
      const sdk = basicMoov(large.url, {
        username: "pk_atlas_large",
        password: "sk_atlas_large_8d2b6f",
      });
      let total = 0;
      let cursor: string | undefined;
      do {
        const page = await sdk.support.listTickets({
          accountID: largeTicketsAccountID,
          count: 1000,
          cursor,
        });
        total += page.result.items.length;
        cursor = page.result.nextPage?.cursor;
      } while (cursor);
      expect(total).toBe(10_000);
    } finally {
      await large.close();
    }
  });
});
