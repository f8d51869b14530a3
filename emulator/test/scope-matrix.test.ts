import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { RunningEmulator } from "../src/server.js";
import {
  adminJSON,
  BLUEBIRD,
  basicMoov,
  bearerMoov,
  expectMoovError,
  freezeClock,
  HARBOR,
  mintToken,
  ORCHARD,
  profileRead,
  QUAYSIDE,
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
    const token = await mintToken(emulator.url, BLUEBIRD.keys, [ticketsRead(BLUEBIRD.accountID)]);
    const { result } = await list(token, BLUEBIRD.accountID);
    expect(result.items).toHaveLength(1);
  });

  it("partner acting for a connected account with partner tickets.read + profile.read: 200", async () => {
    const token = await mintToken(emulator.url, HARBOR.keys, [
      ticketsRead(HARBOR.accountID),
      profileRead(QUAYSIDE.accountID),
    ]);
    const { result } = await list(token, QUAYSIDE.accountID);
    expect(result.items).toHaveLength(1);
    // profile.read names one account: it does not open the other merchants.
    await expectMoovError(list(token, BLUEBIRD.accountID), 403);
  });

  it("partner tickets scope without the account's profile.read: 403", async () => {
    const token = await mintToken(emulator.url, HARBOR.keys, [ticketsRead(HARBOR.accountID)]);
    await expectMoovError(list(token, BLUEBIRD.accountID), 403);
  });

  it("partner read scope does not allow writing for the connected account", async () => {
    const token = await mintToken(emulator.url, HARBOR.keys, [
      ticketsRead(HARBOR.accountID),
      profileRead(BLUEBIRD.accountID),
    ]);
    await expectMoovError(
      bearerMoov(emulator.url, token).support.createTicket({
        accountID: BLUEBIRD.accountID,
        createTicket: { title: "t", body: "b", contact: { email: "a@b.example" } },
      }),
      403,
    );
    const writer = await mintToken(emulator.url, HARBOR.keys, [
      ticketsWrite(HARBOR.accountID),
      profileRead(BLUEBIRD.accountID),
    ]);
    const { result } = await bearerMoov(emulator.url, writer).support.createTicket({
      accountID: BLUEBIRD.accountID,
      createTicket: { title: "t", body: "b", contact: { email: "a@b.example" } },
    });
    expect(result.status).toBe("new");
  });

  it("partner acting for an unconnected account: cannot mint (422) and Basic gets 403", async () => {
    await expectMoovError(
      basicMoov(emulator.url, HARBOR.keys).authentication.createAccessToken({
        grantType: "client_credentials",
        scope: `${ticketsRead(HARBOR.accountID)} ${profileRead(ORCHARD.accountID)}`,
      }),
      422,
    );
    await expectMoovError(
      basicMoov(emulator.url, HARBOR.keys).support.listTickets({ accountID: ORCHARD.accountID }),
      403,
    );
  });

  it("an unconnected account's own token does not reach the partner's merchants", async () => {
    const token = await mintToken(emulator.url, ORCHARD.keys, [
      ticketsRead(ORCHARD.accountID),
      profileRead(ORCHARD.accountID),
    ]);
    await list(token, ORCHARD.accountID);
    await expectMoovError(list(token, BLUEBIRD.accountID), 403);
  });

  it("Basic with a key pair acts on its own and connected accounts", async () => {
    const harbor = basicMoov(emulator.url, HARBOR.keys);
    await harbor.support.listTickets({ accountID: HARBOR.accountID, count: 1 });
    await harbor.support.listTickets({ accountID: BLUEBIRD.accountID, count: 1 });
    const bluebird = basicMoov(emulator.url, BLUEBIRD.keys);
    await expectMoovError(bluebird.support.listTickets({ accountID: HARBOR.accountID }), 403);
  });

  it("a token works for its whole lifetime and gets 401 once it is over", async () => {
    const { tokenTTL } = await adminJSON<{ tokenTTL: number }>(emulator.url, "/_emulator/config");
    const clock = freezeClock();
    const token = await mintToken(emulator.url, BLUEBIRD.keys, [ticketsRead(BLUEBIRD.accountID)]);
    clock.advance(tokenTTL * 1000 - 1);
    await list(token, BLUEBIRD.accountID);
    clock.advance(1);
    await expectMoovError(list(token, BLUEBIRD.accountID), 401);
  });

  it("a token its client revoked (OAuth revoke): 401", async () => {
    const token = await mintToken(emulator.url, BLUEBIRD.keys, [ticketsRead(BLUEBIRD.accountID)]);
    await list(token, BLUEBIRD.accountID);
    await basicMoov(emulator.url, BLUEBIRD.keys).authentication.revokeAccessToken({
      token,
      tokenTypeHint: "access_token",
    });
    await expectMoovError(list(token, BLUEBIRD.accountID), 401);
  });

  it("every live token of an account revoked through the admin API: 401", async () => {
    const first = await mintToken(emulator.url, BLUEBIRD.keys, [ticketsRead(BLUEBIRD.accountID)]);
    const second = await mintToken(emulator.url, BLUEBIRD.keys, [ticketsRead(BLUEBIRD.accountID)]);
    await list(first, BLUEBIRD.accountID);
    await list(second, BLUEBIRD.accountID);
    const { revoked } = await adminJSON<{ revoked: number }>(
      emulator.url,
      "/_emulator/tokens/revoke",
      {
        method: "POST",
        body: JSON.stringify({ accountID: BLUEBIRD.accountID }),
      },
    );
    expect(revoked).toBeGreaterThanOrEqual(2);
    await expectMoovError(list(first, BLUEBIRD.accountID), 401);
    await expectMoovError(list(second, BLUEBIRD.accountID), 401);
  });

  it("a malformed Authorization header: 401", async () => {
    const response = await fetch(`${emulator.url}/accounts/${HARBOR.accountID}/tickets`, {
      headers: { authorization: "Token abc" },
    });
    expect(response.status).toBe(401);
  });
});
