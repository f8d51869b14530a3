import { demoAccounts, expect, storageStateFor, test } from "../fixtures";
import { ownTicket, ticketPath } from "../tickets/helpers";
import { callAction, journalSince } from "./helpers";

/**
 * Server actions are public endpoints: anyone can POST to them with any body.
 * Each forged call below gets a typed refusal, and the emulator's journal
 * proves it never reached Moov; the ticket stays open.
 */
test.use({ storageState: storageStateFor("agent-bluebird") });

const { bluebird, orchard, cedar } = demoAccounts;

const writesTo = (entries: Awaited<ReturnType<typeof journalSince>>, ticketID: string) =>
  entries.filter((entry) => entry.method !== "GET" && entry.path.includes(ticketID));

test("forged close calls are refused with a typed error, and nothing reaches Moov", async ({
  page,
  emulator,
  baseURL,
}) => {
  const ticket = await ownTicket(emulator, bluebird.accountID);
  const orchardTicket = await ownTicket(emulator, orchard.accountID);
  const since = new Date().toISOString();
  const at = ticketPath(bluebird.accountID, ticket.ticketID);
  const forged: Array<[string, unknown, string]> = [
    [
      "another account",
      { accountID: orchard.accountID, ticketID: orchardTicket.ticketID },
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
      page: at,
      action: "closeTicket",
      body: JSON.stringify([input]),
      baseURL: baseURL ?? "",
    });
    expect(status, name).toBe(200);
    expect(text, name).toContain(`"ok":false,"code":"${code}"`);
  }
  const journal = await journalSince(emulator, since);
  expect(writesTo(journal, ticket.ticketID)).toEqual([]);
  expect(journal.filter((entry) => entry.path.includes(orchard.accountID))).toEqual([]);
  expect((await emulator.getTicket(bluebird.accountID, ticket.ticketID)).status).toBe("new");
  expect((await emulator.getTicket(orchard.accountID, orchardTicket.ticketID)).status).toBe("new");
});

test("a forged create with extra fields or wrong types is refused before Moov", async ({
  page,
  emulator,
  baseURL,
}) => {
  const since = new Date().toISOString();
  const ticket = {
    title: "Forged",
    body: "Body",
    contactEmail: "a@example.com",
    contactName: "A",
  };
  for (const [name, input] of [
    [
      "extra field in the ticket",
      { accountID: bluebird.accountID, ticket: { ...ticket, status: "closed" } },
    ],
    ["extra field at the top", { accountID: bluebird.accountID, ticket, author: "Moov Support" }],
    ["wrong type", { accountID: bluebird.accountID, ticket: { ...ticket, title: { $gt: "" } } }],
    [
      "oversized body",
      { accountID: bluebird.accountID, ticket: { ...ticket, body: "x".repeat(20_000) } },
    ],
  ] as const) {
    const { text } = await callAction(page.request, {
      page: `/accounts/${bluebird.accountID}/tickets/new`,
      action: "createTicket",
      body: JSON.stringify([input]),
      baseURL: baseURL ?? "",
    });
    expect(text, name).toContain(`"ok":false,"code":"invalid"`);
  }
  const journal = await journalSince(emulator, since);
  expect(
    journal.filter((entry) => entry.method === "POST" && entry.path.includes("/tickets")),
  ).toEqual([]);
});

test("a close without a session is refused", async ({ playwright, emulator, baseURL }) => {
  const ticket = await ownTicket(emulator, bluebird.accountID);
  // Explicitly empty: the runner would otherwise hand this context the file's signed-in state.
  const anonymous = await playwright.request.newContext({
    baseURL,
    storageState: { cookies: [], origins: [] },
  });
  const since = new Date().toISOString();
  const { text } = await callAction(anonymous, {
    page: ticketPath(bluebird.accountID, ticket.ticketID),
    action: "closeTicket",
    body: JSON.stringify([{ accountID: bluebird.accountID, ticketID: ticket.ticketID }]),
    baseURL: baseURL ?? "",
  });
  await anonymous.dispose();
  // The proxy sends a request without a session to sign in; either way nothing is closed.
  expect(text).not.toContain('"ok":true');
  expect(writesTo(await journalSince(emulator, since), ticket.ticketID)).toEqual([]);
  expect((await emulator.getTicket(bluebird.accountID, ticket.ticketID)).status).toBe("new");
});

test("a cross-origin POST to the close action is rejected before it runs", async ({
  page,
  emulator,
  baseURL,
}) => {
  const ticket = await ownTicket(emulator, bluebird.accountID);
  const since = new Date().toISOString();
  const { status, text } = await callAction(page.request, {
    page: ticketPath(bluebird.accountID, ticket.ticketID),
    action: "closeTicket",
    body: JSON.stringify([{ accountID: bluebird.accountID, ticketID: ticket.ticketID }]),
    origin: "https://evil.example",
    baseURL: baseURL ?? "",
  });
  expect(status).toBeGreaterThanOrEqual(400);
  expect(text).not.toContain('"ok":true');
  expect(writesTo(await journalSince(emulator, since), ticket.ticketID)).toEqual([]);
  expect((await emulator.getTicket(bluebird.accountID, ticket.ticketID)).status).toBe("new");
});

test("an oversized action body is refused and nothing reaches Moov", async ({
  page,
  emulator,
  baseURL,
}) => {
  const ticket = await ownTicket(emulator, bluebird.accountID);
  const since = new Date().toISOString();
  const { status, text } = await callAction(page.request, {
    page: ticketPath(bluebird.accountID, ticket.ticketID),
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
  expect(writesTo(await journalSince(emulator, since), ticket.ticketID)).toEqual([]);
});
