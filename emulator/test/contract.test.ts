import { APIError } from "@moovio/sdk/models/errors/apierror.js";
import { AuthTokenRequestError } from "@moovio/sdk/models/errors/authtokenrequesterror.js";
import { CreateTicketError } from "@moovio/sdk/models/errors/createticketerror.js";
import { GenericError } from "@moovio/sdk/models/errors/genericerror.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningEmulator } from "../src/server.js";
import {
  basicMoov,
  bearerMoov,
  bluebirdID,
  expectMoovError,
  harborID,
  mintToken,
  orchardID,
  profileRead,
  startTestEmulator,
  ticketsRead,
  ticketsWrite,
} from "./helpers.js";

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startTestEmulator();
});
afterAll(() => emulator.close());

const newTicket = (title: string) => ({
  title,
  body: "Our payout is late.\nCan you check?",
  contact: { email: "ops@bluebird.example", name: "Ops Team" },
});

describe("authentication endpoints through the SDK", () => {
  it("mints a token with client_credentials and Basic credentials", async () => {
    const { result, headers } = await basicMoov(
      emulator.url,
      harborID.keys,
    ).authentication.createAccessToken({
      grantType: "client_credentials",
      scope: `${ticketsRead(harborID.accountID)} /accounts.read`,
    });
    expect(result.tokenType).toBe("Bearer");
    expect(result.scope).toBe(`${ticketsRead(harborID.accountID)} /accounts.read`);
    expect(result.expiresIn).toBeGreaterThan(Date.now() / 1000 + 3000);
    expect(headers["x-request-id"]?.[0]).toBeTruthy();
  });

  it("mints a token with the client credentials in the body", async () => {
    const sdk = bearerMoov(emulator.url, "unused");
    const { result } = await sdk.authentication.createAccessToken({
      grantType: "client_credentials",
      clientId: bluebirdID.keys.username,
      clientSecret: bluebirdID.keys.password,
      scope: ticketsRead(bluebirdID.accountID),
    });
    expect(result.accessToken).toMatch(/^moov_at_/);
  });

  it("refreshes a token and rotates the refresh token", async () => {
    const sdk = basicMoov(emulator.url, harborID.keys);
    const first = await sdk.authentication.createAccessToken({
      grantType: "client_credentials",
      scope: ticketsRead(harborID.accountID),
    });
    const second = await sdk.authentication.createAccessToken({
      grantType: "refresh_token",
      refreshToken: first.result.refreshToken,
    });
    expect(second.result.scope).toBe(ticketsRead(harborID.accountID));
    await bearerMoov(emulator.url, second.result.accessToken).support.listTickets({
      accountID: harborID.accountID,
    });
    const reused = await expectMoovError(
      sdk.authentication.createAccessToken({
        grantType: "refresh_token",
        refreshToken: first.result.refreshToken,
      }),
      422,
      AuthTokenRequestError,
    );
    expect(reused.refreshToken).toMatch(/invalid/);
  });

  it("answers 422 {scope} for scopes on an unconnected account", async () => {
    const error = await expectMoovError(
      basicMoov(emulator.url, harborID.keys).authentication.createAccessToken({
        grantType: "client_credentials",
        scope: ticketsRead(orchardID.accountID),
      }),
      422,
      AuthTokenRequestError,
    );
    expect(error.scope).toContain(orchardID.accountID);
  });

  it("answers 422 {scope} for a missing scope and 400 for a malformed body", async () => {
    await expectMoovError(
      basicMoov(emulator.url, harborID.keys).authentication.createAccessToken({
        grantType: "client_credentials",
      }),
      422,
      AuthTokenRequestError,
    );
    const response = await fetch(`${emulator.url}/oauth2/token`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{not json",
    });
    expect(response.status).toBe(400);
  });

  it("answers 400 invalid_request for an unsupported grant type (form body)", async () => {
    const response = await fetch(`${emulator.url}/oauth2/token`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: "grant_type=password&client_id=pk_harbor_demo&client_secret=sk_harbor_demo_7f3c9a",
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: "invalid_request" });
  });

  it("accepts a form-encoded client_credentials request", async () => {
    const response = await fetch(`${emulator.url}/oauth2/token`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({
        grant_type: "client_credentials",
        client_id: harborID.keys.username,
        client_secret: harborID.keys.password,
        scope: ticketsRead(harborID.accountID),
      }).toString(),
    });
    expect(response.status).toBe(200);
  });

  it("answers 401 for wrong client credentials", async () => {
    await expectMoovError(
      basicMoov(emulator.url, {
        username: "pk_harbor_demo",
        password: "wrong",
      }).authentication.createAccessToken({
        grantType: "client_credentials",
        scope: ticketsRead(harborID.accountID),
      }),
      401,
      APIError,
    );
  });

  it("revokes a token (204), after which it gets 401", async () => {
    const token = await mintToken(emulator.url, harborID.keys, [ticketsRead(harborID.accountID)]);
    await basicMoov(emulator.url, harborID.keys).authentication.revokeAccessToken({
      token,
      tokenTypeHint: "access_token",
    });
    await expectMoovError(
      bearerMoov(emulator.url, token).support.listTickets({ accountID: harborID.accountID }),
      401,
    );
  });

  it("pings", async () => {
    await basicMoov(emulator.url, harborID.keys).ping.ping();
    await expectMoovError(
      basicMoov(emulator.url, { username: "nobody", password: "x" }).ping.ping(),
      401,
    );
  });
});

describe("account endpoints through the SDK", () => {
  it("gets an account with profile.read", async () => {
    const token = await mintToken(emulator.url, harborID.keys, [profileRead(bluebirdID.accountID)]);
    const { result } = await bearerMoov(emulator.url, token).accounts.get({
      accountID: bluebirdID.accountID,
    });
    expect(result.displayName).toBe("Bluebird Coffee");
  });

  it("answers 403 without profile.read, also for an account that does not exist", async () => {
    const token = await mintToken(emulator.url, harborID.keys, [ticketsRead(harborID.accountID)]);
    await expectMoovError(
      bearerMoov(emulator.url, token).accounts.get({ accountID: bluebirdID.accountID }),
      403,
      APIError,
    );
    // No scope can name an unknown account, so its existence never leaks: 403, not 404.
    await expectMoovError(
      basicMoov(emulator.url, harborID.keys).accounts.get({ accountID: crypto.randomUUID() }),
      403,
    );
  });

  it("lists connected accounts with count, skip and a name filter", async () => {
    const token = await mintToken(emulator.url, harborID.keys, ["/accounts.read"]);
    const sdk = bearerMoov(emulator.url, token);
    const all = await sdk.accounts.listConnected({ accountID: harborID.accountID });
    expect(all.result.map((account) => account.displayName)).toEqual([
      "Bluebird Coffee",
      "Cedar & Pine Outfitters",
      "Lumen Yoga Studio",
      "Quayside Books",
    ]);
    const page = await sdk.accounts.listConnected({
      accountID: harborID.accountID,
      count: 2,
      skip: 1,
    });
    expect(page.result.map((account) => account.displayName)).toEqual([
      "Cedar & Pine Outfitters",
      "Lumen Yoga Studio",
    ]);
    const named = await sdk.accounts.listConnected({ accountID: harborID.accountID, name: "yoga" });
    expect(named.result.map((account) => account.accountID)).toEqual([
      "5b0f8c6e-2d1a-4c3e-9f7a-000000000004",
    ]);
  });

  it("answers 403 for connected accounts without /accounts.read", async () => {
    const token = await mintToken(emulator.url, harborID.keys, [ticketsRead(harborID.accountID)]);
    await expectMoovError(
      bearerMoov(emulator.url, token).accounts.listConnected({ accountID: harborID.accountID }),
      403,
    );
  });
});

describe("ticket endpoints through the SDK", () => {
  it("creates a ticket: 200, status new, the body as the first message", async () => {
    const sdk = basicMoov(emulator.url, harborID.keys);
    const { result } = await sdk.support.createTicket({
      accountID: bluebirdID.accountID,
      createTicket: { ...newTicket("Created through the SDK"), foreignID: "crm-1" },
    });
    expect(result.status).toBe("new");
    expect(result.foreignID).toBe("crm-1");
    expect(result.createdOn).toBeInstanceOf(Date);
    const messages = await sdk.support.listTicketMessages({
      accountID: bluebirdID.accountID,
      ticketID: result.ticketID,
    });
    expect(messages.result).toHaveLength(1);
    expect(messages.result[0]?.author).toBe("Ops Team");
    expect(messages.result[0]?.body).toBe("Our payout is late.\nCan you check?");
  });

  it("numbers tickets per account in increasing order", async () => {
    const sdk = basicMoov(emulator.url, harborID.keys);
    const a = await sdk.support.createTicket({
      accountID: bluebirdID.accountID,
      createTicket: newTicket("n1"),
    });
    const b = await sdk.support.createTicket({
      accountID: bluebirdID.accountID,
      createTicket: newTicket("n2"),
    });
    expect(b.result.number).toBe(a.result.number + 1);
  });

  it("answers 422 mirroring the failed fields", async () => {
    const error = await expectMoovError(
      basicMoov(emulator.url, harborID.keys).support.createTicket({
        accountID: bluebirdID.accountID,
        createTicket: { title: "", body: "x", contact: { email: "not-an-email" } },
      }),
      422,
      CreateTicketError,
    );
    expect(error.title).toMatch(/required/);
    expect(error.contact?.email).toMatch(/email/);
    expect(error.data$.body).toBeUndefined();
  });

  it("lists newest first with a cursor, and filters by status and foreignID", async () => {
    const sdk = basicMoov(emulator.url, harborID.keys);
    const first = await sdk.support.listTickets({ accountID: harborID.accountID, count: 3 });
    expect(first.result.items).toHaveLength(3);
    const numbers = first.result.items.map((ticket) => ticket.number);
    expect(numbers).toEqual([...numbers].sort((x, y) => y - x));
    const cursor = first.result.nextPage?.cursor;
    expect(cursor).toBeTruthy();
    const second = await sdk.support.listTickets({
      accountID: harborID.accountID,
      count: 3,
      cursor,
    });
    expect(second.result.items[0]?.number).toBeLessThan(numbers[2] ?? 0);

    const closed = await sdk.support.listTickets({
      accountID: harborID.accountID,
      status: "closed",
    });
    expect(closed.result.items.length).toBeGreaterThan(0);
    expect(closed.result.items.every((ticket) => ticket.status === "closed")).toBe(true);
    expect(closed.result.items.every((ticket) => ticket.closedOn instanceof Date)).toBe(true);
    expect(closed.result.nextPage).toBeUndefined();

    await sdk.support.createTicket({
      accountID: harborID.accountID,
      createTicket: { ...newTicket("by foreign id"), foreignID: "find-me-42" },
    });
    const found = await sdk.support.listTickets({
      accountID: harborID.accountID,
      foreignID: "find-me-42",
    });
    expect(found.result.items.map((ticket) => ticket.title)).toEqual(["by foreign id"]);
  });

  it("gets a ticket, and answers 404 for an unknown one", async () => {
    const sdk = basicMoov(emulator.url, harborID.keys);
    const { result: created } = await sdk.support.createTicket({
      accountID: harborID.accountID,
      createTicket: newTicket("get me"),
    });
    const { result } = await sdk.support.getTicket({
      accountID: harborID.accountID,
      ticketID: created.ticketID,
    });
    expect(result).toEqual(created);
    await expectMoovError(
      sdk.support.getTicket({ accountID: harborID.accountID, ticketID: crypto.randomUUID() }),
      404,
      APIError,
    );
    // A ticket of another account is not found through this one.
    await expectMoovError(
      sdk.support.getTicket({ accountID: bluebirdID.accountID, ticketID: created.ticketID }),
      404,
    );
  });

  it("closes a ticket once; closing again is 409; another status is 422", async () => {
    const sdk = basicMoov(emulator.url, harborID.keys);
    const { result: created } = await sdk.support.createTicket({
      accountID: harborID.accountID,
      createTicket: newTicket("close me"),
    });
    const { result: closed } = await sdk.support.updateTicket({
      accountID: harborID.accountID,
      ticketID: created.ticketID,
      updateTicket: { status: "closed" },
    });
    expect(closed.status).toBe("closed");
    expect(closed.closedOn).toBeInstanceOf(Date);
    expect(closed.updatedOn.getTime()).toBeGreaterThanOrEqual(created.updatedOn.getTime());
    const conflict = await expectMoovError(
      sdk.support.updateTicket({
        accountID: harborID.accountID,
        ticketID: created.ticketID,
        updateTicket: { status: "closed" },
      }),
      409,
      GenericError,
    );
    expect(conflict.error).toMatch(/already closed/);

    // The SDK only lets "closed" through, so an invalid status goes over plain fetch.
    const response = await fetch(
      `${emulator.url}/accounts/${harborID.accountID}/tickets/${created.ticketID}`,
      {
        method: "PATCH",
        headers: {
          authorization: `Basic ${Buffer.from("pk_harbor_demo:sk_harbor_demo_7f3c9a").toString("base64")}`,
          "content-type": "application/json",
        },
        body: JSON.stringify({ status: "in-progress" }),
      },
    );
    expect(response.status).toBe(422);
    expect(await response.json()).toEqual({ status: 'status can only be set to "closed"' });
  });

  it("answers 404 when closing an unknown ticket", async () => {
    await expectMoovError(
      basicMoov(emulator.url, harborID.keys).support.updateTicket({
        accountID: harborID.accountID,
        ticketID: crypto.randomUUID(),
        updateTicket: { status: "closed" },
      }),
      404,
    );
  });

  it("answers 401 to every ticket endpoint without credentials", async () => {
    const sdk = bearerMoov(emulator.url, "not-a-real-token");
    const ticketID = crypto.randomUUID();
    const accountID = harborID.accountID;
    await expectMoovError(sdk.support.listTickets({ accountID }), 401);
    await expectMoovError(sdk.support.getTicket({ accountID, ticketID }), 401);
    await expectMoovError(sdk.support.listTicketMessages({ accountID, ticketID }), 401);
    await expectMoovError(
      sdk.support.createTicket({ accountID, createTicket: newTicket("x") }),
      401,
    );
    await expectMoovError(
      sdk.support.updateTicket({ accountID, ticketID, updateTicket: { status: "closed" } }),
      401,
    );
  });

  it("answers 403 to every ticket endpoint without the scope", async () => {
    const token = await mintToken(emulator.url, harborID.keys, [profileRead(harborID.accountID)]);
    const sdk = bearerMoov(emulator.url, token);
    const accountID = harborID.accountID;
    const ticketID = crypto.randomUUID();
    await expectMoovError(sdk.support.listTickets({ accountID }), 403);
    await expectMoovError(sdk.support.getTicket({ accountID, ticketID }), 403);
    await expectMoovError(sdk.support.listTicketMessages({ accountID, ticketID }), 403);
    await expectMoovError(
      sdk.support.createTicket({ accountID, createTicket: newTicket("x") }),
      403,
    );
    await expectMoovError(
      sdk.support.updateTicket({ accountID, ticketID, updateTicket: { status: "closed" } }),
      403,
    );
  });

  it("lets a write-only token create but not read", async () => {
    const token = await mintToken(emulator.url, harborID.keys, [ticketsWrite(harborID.accountID)]);
    const sdk = bearerMoov(emulator.url, token);
    const { result } = await sdk.support.createTicket({
      accountID: harborID.accountID,
      createTicket: newTicket("write only"),
    });
    await expectMoovError(
      sdk.support.getTicket({ accountID: harborID.accountID, ticketID: result.ticketID }),
      403,
    );
  });

  it("maps 500 and 504 to SDK errors carrying the request id", async () => {
    for (const status of [500, 504]) {
      await fetch(`${emulator.url}/_emulator/faults`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ path: "/accounts/*/tickets", method: "GET", status, times: 1 }),
      });
      await expectMoovError(
        basicMoov(emulator.url, harborID.keys).support.listTickets({
          accountID: harborID.accountID,
        }),
        status,
        APIError,
      );
    }
  });
});
