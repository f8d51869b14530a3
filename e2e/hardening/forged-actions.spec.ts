import { demoAccounts, expect, storageStateFor, test, uniqueTag } from "../fixtures";
import { callName, expectNoWrite, journalMark, journalNaming } from "../support/journal";
import { paths } from "../support/paths";
import { ownTicket } from "../tickets/helpers";
import { callAction } from "./helpers";

/**
 * Server actions are public endpoints: anyone can POST to them with any body.
 * Each forged call below gets a typed refusal, and the emulator's journal
 * proves it never reached Moov; the ticket stays open. Every check reads only
 * what the test owns: its tickets, an account it created, a unique tag.
 */
test.use({ storageState: storageStateFor("agent-bluebird") });

const { bluebird, cedar, harbor } = demoAccounts;

/** Any path naming the ticket, whichever account it is put under. */
const anyPathOf = (ticketID: string) => new RegExp(`/tickets/${ticketID}(?:/|$)`);

test("forged close calls are refused with a typed error, and nothing reaches Moov", async ({
  page,
  emulator,
  baseURL,
}) => {
  const ticket = await ownTicket(emulator, bluebird.accountID);
  const stranger = await emulator.createAccount({ displayName: `Stranger ${uniqueTag()}` });
  const strangerTicket = await ownTicket(emulator, stranger.accountID);
  const since = journalMark();
  const forged: Array<[string, unknown, string]> = [
    [
      "another account",
      { accountID: stranger.accountID, ticketID: strangerTicket.ticketID },
      "forbidden",
    ],
    [
      "a connected account of someone else",
      { accountID: cedar.accountID, ticketID: ticket.ticketID },
      "forbidden",
    ],
    [
      "a status other than closed",
      { accountID: bluebird.accountID, ticketID: ticket.ticketID, status: "new" },
      "invalid",
    ],
    [
      "extra fields",
      { accountID: bluebird.accountID, ticketID: ticket.ticketID, admin: true },
      "invalid",
    ],
    ["a ticket ID of the wrong type", { accountID: bluebird.accountID, ticketID: 42 }, "invalid"],
    [
      "an account ID of the wrong type",
      { accountID: [bluebird.accountID], ticketID: ticket.ticketID },
      "forbidden",
    ],
    [
      "an oversized ticket ID",
      { accountID: bluebird.accountID, ticketID: "a".repeat(50_000) },
      "invalid",
    ],
    ["no object at all", "close everything", "forbidden"],
  ];
  for (const [name, input, code] of forged) {
    const { status, text } = await callAction(page.request, {
      page: paths.ticket(bluebird.accountID, ticket.ticketID),
      action: "closeTicket",
      body: JSON.stringify([input]),
      baseURL: baseURL ?? "",
    });
    expect(status, name).toBe(200);
    expect(text, name).toContain(`"ok":false,"code":"${code}"`);
  }
  await expectNoWrite(emulator, { since, path: anyPathOf(ticket.ticketID) });
  expect(
    (await journalNaming(emulator, { since, accountID: stranger.accountID })).map(callName),
  ).toEqual([]);
  expect((await emulator.getTicket(bluebird.accountID, ticket.ticketID)).status).toBe("new");
  expect((await emulator.getTicket(stranger.accountID, strangerTicket.ticketID)).status).toBe(
    "new",
  );
});

test.describe("on a merchant only this test uses", () => {
  test.use({ storageState: storageStateFor("partner-harbor") });

  test("a forged create with extra fields or wrong types is refused before Moov", async ({
    page,
    emulator,
    baseURL,
  }) => {
    const merchant = await emulator.createAccount({
      displayName: `Forged creates ${uniqueTag()}`,
      connectedTo: harbor.accountID,
    });
    const since = journalMark();
    const ticket = {
      title: "Forged",
      body: "Body",
      contactEmail: "a@example.com",
      contactName: "A",
    };
    for (const [name, input] of [
      [
        "extra field in the ticket",
        { accountID: merchant.accountID, ticket: { ...ticket, status: "closed" } },
      ],
      ["extra field at the top", { accountID: merchant.accountID, ticket, author: "Moov Support" }],
      ["wrong type", { accountID: merchant.accountID, ticket: { ...ticket, title: { $gt: "" } } }],
      [
        "oversized body",
        { accountID: merchant.accountID, ticket: { ...ticket, body: "x".repeat(20_000) } },
      ],
    ] as const) {
      const { text } = await callAction(page.request, {
        page: paths.newTicket(merchant.accountID),
        action: "createTicket",
        body: JSON.stringify([input]),
        baseURL: baseURL ?? "",
      });
      expect(text, name).toContain(`"ok":false,"code":"invalid"`);
    }
    const calls = await journalNaming(emulator, { since, accountID: merchant.accountID });
    expect(calls.map(callName)).toEqual([]);
  });
});

test("a close without a session is refused", async ({ playwright, emulator, baseURL }) => {
  const ticket = await ownTicket(emulator, bluebird.accountID);
  // Explicitly empty: the runner would otherwise hand this context the file's signed-in state.
  const anonymous = await playwright.request.newContext({
    baseURL,
    storageState: { cookies: [], origins: [] },
  });
  const since = journalMark();
  const { text } = await callAction(anonymous, {
    page: paths.ticket(bluebird.accountID, ticket.ticketID),
    action: "closeTicket",
    body: JSON.stringify([{ accountID: bluebird.accountID, ticketID: ticket.ticketID }]),
    baseURL: baseURL ?? "",
  });
  await anonymous.dispose();
  // The proxy sends a request without a session to sign in; either way nothing is closed.
  expect(text).not.toContain('"ok":true');
  await expectNoWrite(emulator, { since, path: anyPathOf(ticket.ticketID) });
  expect((await emulator.getTicket(bluebird.accountID, ticket.ticketID)).status).toBe("new");
});

test("a cross-origin POST to the close action is rejected before it runs", async ({
  page,
  emulator,
  baseURL,
}) => {
  const ticket = await ownTicket(emulator, bluebird.accountID);
  const since = journalMark();
  const { status, text } = await callAction(page.request, {
    page: paths.ticket(bluebird.accountID, ticket.ticketID),
    action: "closeTicket",
    body: JSON.stringify([{ accountID: bluebird.accountID, ticketID: ticket.ticketID }]),
    origin: "https://evil.example",
    baseURL: baseURL ?? "",
  });
  expect(status).toBeGreaterThanOrEqual(400);
  expect(text).not.toContain('"ok":true');
  await expectNoWrite(emulator, { since, path: anyPathOf(ticket.ticketID) });
  expect((await emulator.getTicket(bluebird.accountID, ticket.ticketID)).status).toBe("new");
});

test("an oversized action body is refused and nothing reaches Moov", async ({
  page,
  emulator,
  baseURL,
}) => {
  const ticket = await ownTicket(emulator, bluebird.accountID);
  const since = journalMark();
  const { status, text } = await callAction(page.request, {
    page: paths.ticket(bluebird.accountID, ticket.ticketID),
    action: "closeTicket",
    body: JSON.stringify([
      {
        accountID: bluebird.accountID,
        ticketID: ticket.ticketID,
        padding: "x".repeat(2 * 1024 * 1024),
      },
    ]),
    baseURL: baseURL ?? "",
  });
  expect(status).toBeGreaterThanOrEqual(400);
  expect(text).not.toContain('"ok":true');
  await expectNoWrite(emulator, { since, path: anyPathOf(ticket.ticketID) });
});
