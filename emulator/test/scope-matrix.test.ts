import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { RunningEmulator } from "../src/server.js";
import {
  adminJSON,
  basicMoov,
  bearerMoov,
  bluebirdID,
  expectMoovError,
  freezeClock,
  harborID,
  mintToken,
  orchardID,
  profileRead,
  quayside,
  startTestEmulator,
  ticketsRead,
  ticketsWrite,
} from "./helpers.js";

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startTestEmulator();
});
afterAll(() => emulator.close());
afterEach(() => {
  vi.useRealTimers();
});

const list = (token: string, accountID: string) =>
  bearerMoov(emulator.url, token).support.listTickets({ accountID, count: 1 });

describe("scope matrix for GET /accounts/{accountID}/tickets", () => {
  it("own account with its own tickets.read: 200", async () => {
    const token = await mintToken(emulator.url, bluebirdID.keys, [
      ticketsRead(bluebirdID.accountID),
    ]);
    const { result } = await list(token, bluebirdID.accountID);
    expect(result.items).toHaveLength(1);
  });

  it("partner acting for a connected account with partner tickets.read + profile.read: 200", async () => {
    const token = await mintToken(emulator.url, harborID.keys, [
      ticketsRead(harborID.accountID),
      profileRead(quayside.accountID),
    ]);
    const { result } = await list(token, quayside.accountID);
    expect(result.items).toHaveLength(1);
    // profile.read names one account: it does not open the other merchants.
    await expectMoovError(list(token, bluebirdID.accountID), 403);
  });

  it("partner tickets scope without the account's profile.read: 403", async () => {
    const token = await mintToken(emulator.url, harborID.keys, [ticketsRead(harborID.accountID)]);
    await expectMoovError(list(token, bluebirdID.accountID), 403);
  });

  it("partner read scope does not allow writing for the connected account", async () => {
    const token = await mintToken(emulator.url, harborID.keys, [
      ticketsRead(harborID.accountID),
      profileRead(bluebirdID.accountID),
    ]);
    await expectMoovError(
      bearerMoov(emulator.url, token).support.createTicket({
        accountID: bluebirdID.accountID,
        createTicket: { title: "t", body: "b", contact: { email: "a@b.example" } },
      }),
      403,
    );
    const writer = await mintToken(emulator.url, harborID.keys, [
      ticketsWrite(harborID.accountID),
      profileRead(bluebirdID.accountID),
    ]);
    const { result } = await bearerMoov(emulator.url, writer).support.createTicket({
      accountID: bluebirdID.accountID,
      createTicket: { title: "t", body: "b", contact: { email: "a@b.example" } },
    });
    expect(result.status).toBe("new");
  });

  it("partner acting for an unconnected account: cannot mint (422) and Basic gets 403", async () => {
    await expectMoovError(
      basicMoov(emulator.url, harborID.keys).authentication.createAccessToken({
        grantType: "client_credentials",
        scope: `${ticketsRead(harborID.accountID)} ${profileRead(orchardID.accountID)}`,
      }),
      422,
    );
    await expectMoovError(
      basicMoov(emulator.url, harborID.keys).support.listTickets({
        accountID: orchardID.accountID,
      }),
      403,
    );
  });

  it("an unconnected account's own token does not reach the partner's merchants", async () => {
    const token = await mintToken(emulator.url, orchardID.keys, [
      ticketsRead(orchardID.accountID),
      profileRead(orchardID.accountID),
    ]);
    await list(token, orchardID.accountID);
    await expectMoovError(list(token, bluebirdID.accountID), 403);
  });

  it("Basic with a key pair acts on its own and connected accounts", async () => {
    const harbor = basicMoov(emulator.url, harborID.keys);
    await harbor.support.listTickets({ accountID: harborID.accountID, count: 1 });
    await harbor.support.listTickets({ accountID: bluebirdID.accountID, count: 1 });
    const bluebird = basicMoov(emulator.url, bluebirdID.keys);
    await expectMoovError(bluebird.support.listTickets({ accountID: harborID.accountID }), 403);
  });

  it("a token works for its whole lifetime and gets 401 once it is over", async () => {
    const { tokenTTL } = await adminJSON<{ tokenTTL: number }>(emulator.url, "/_emulator/config");
    const clock = freezeClock();
    const token = await mintToken(emulator.url, bluebirdID.keys, [
      ticketsRead(bluebirdID.accountID),
    ]);
    clock.advance(tokenTTL * 1000 - 1);
    await list(token, bluebirdID.accountID);
    clock.advance(1);
    await expectMoovError(list(token, bluebirdID.accountID), 401);
  });

  it("a token its client revoked (OAuth revoke): 401", async () => {
    const token = await mintToken(emulator.url, bluebirdID.keys, [
      ticketsRead(bluebirdID.accountID),
    ]);
    await list(token, bluebirdID.accountID);
    await basicMoov(emulator.url, bluebirdID.keys).authentication.revokeAccessToken({
      token,
      tokenTypeHint: "access_token",
    });
    await expectMoovError(list(token, bluebirdID.accountID), 401);
  });

  it("every live token of an account revoked through the admin API: 401", async () => {
    const first = await mintToken(emulator.url, bluebirdID.keys, [
      ticketsRead(bluebirdID.accountID),
    ]);
    const second = await mintToken(emulator.url, bluebirdID.keys, [
      ticketsRead(bluebirdID.accountID),
    ]);
    await list(first, bluebirdID.accountID);
    await list(second, bluebirdID.accountID);
    const { revoked } = await adminJSON<{ revoked: number }>(
      emulator.url,
      "/_emulator/tokens/revoke",
      {
        method: "POST",
        body: JSON.stringify({ accountID: bluebirdID.accountID }),
      },
    );
    expect(revoked).toBeGreaterThanOrEqual(2);
    await expectMoovError(list(first, bluebirdID.accountID), 401);
    await expectMoovError(list(second, bluebirdID.accountID), 401);
  });

  it("a malformed Authorization header: 401", async () => {
    const response = await fetch(`${emulator.url}/accounts/${harborID.accountID}/tickets`, {
      headers: { authorization: "Token abc" },
    });
    expect(response.status).toBe(401);
  });
});
