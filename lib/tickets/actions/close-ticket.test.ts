import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { SqliteSessionStore } from "@/lib/auth/session/sqlite-session-store";
import type { Person } from "@/lib/auth/users/users-file";
import { fakeMoov } from "@/lib/testing/fake-moov";
import { memorySessionStore } from "@/lib/testing/memory-session-store";

/**
 * The close action end to end below the browser: only what a request brings
 * (the cookie's claims), the users file, the session store (a real in-memory
 * SQLite one) and the network (a fake Moov) are replaced. Session, permission,
 * parse and the PATCH are the app's own code, so their order is what is tested.
 */
const fakes = vi.hoisted(() => ({
  claims: null as { sid: string; email: string } | null,
  people: new Map<string, Person>(),
  store: undefined as SqliteSessionStore | undefined,
}));

vi.mock("next/headers", () => ({
  cookies: async () => ({ getAll: () => [] }),
  headers: async () => new Headers(),
}));
vi.mock("@/lib/auth/session/session-cookie", () => ({
  decodeSessionCookie: async () => fakes.claims,
}));
vi.mock("@/lib/auth/users/users", () => ({
  personByEmail: (email: string) => fakes.people.get(email),
}));
vi.mock("@/lib/auth/session/session-store", () => ({
  sessionStore: () => {
    if (!fakes.store) throw new Error("no store");
    return fakes.store;
  },
}));
vi.mock("@/lib/audit/audit-log", () => ({ audit: vi.fn() }));
vi.mock("@/lib/env", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/lib/env")>();
  const { fakeMoovEnv } = await import("@/lib/testing/fake-moov");
  const parsed = actual.parseEnv(fakeMoovEnv);
  return { ...actual, env: () => parsed };
});

const { closeTicket } = await import("./close-ticket");
const { closeTickets } = await import("./close-tickets");
const { audit } = await import("@/lib/audit/audit-log");
const { startSession } = await import("@/lib/auth/session/lifecycle");

const cedarID = "5b0f8c6e-2d1a-4c3e-9f7a-000000000004";
const forgedID = "5b0f8c6e-2d1a-4c3e-9f7a-000000000003";
const ticketID = "0f6d1a52-3b7e-4c1d-9a2b-5e8f7c6d4b01";

const ana: Person = { email: "ana@cedar.example", name: "Ana", actsFor: { accounts: [cedarID] } };

let moov: ReturnType<typeof fakeMoov>;

async function signInAna() {
  fakes.people.set(ana.email, ana);
  const record = await startSession(ana, cedarID);
  fakes.claims = { sid: record.id, email: ana.email };
  moov.requests.splice(0);
}

beforeEach(() => {
  vi.mocked(audit).mockClear();
  fakes.claims = null;
  fakes.people = new Map();
  fakes.store = memorySessionStore();
  moov = fakeMoov();
  vi.stubGlobal("fetch", moov.fetch);
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("closeTicket (server action)", () => {
  it("refuses a call without a session before reading its input, and asks Moov nothing", async () => {
    const result = await closeTicket({ accountID: forgedID, ticketID: "../x", status: "open" });

    expect(result).toEqual({
      ok: false,
      code: "unauthorized",
      message: "Your session has ended. Sign in again to continue.",
    });
    expect(moov.requests).toEqual([]);
  });

  it("refuses a forged account before reading its input, and asks Moov nothing", async () => {
    await signInAna();

    const result = await closeTicket({ accountID: forgedID, ticketID: "../x", status: "open" });

    expect(result).toEqual({
      ok: false,
      code: "forbidden",
      message: "You do not have access to this account's tickets.",
    });
    expect(moov.requests).toEqual([]);
  });

  it("refuses a malformed input for the agent's own account without calling Moov", async () => {
    await signInAna();

    const result = await closeTicket({ accountID: cedarID, ticketID: "../x" });

    expect(result).toMatchObject({
      ok: false,
      code: "invalid",
      message: "This ticket's address is not valid.",
    });
    expect(moov.requests).toEqual([]);
  });

  it("sends a valid close to Moov as exactly one PATCH and returns the closed ticket", async () => {
    await signInAna();

    const result = await closeTicket({ accountID: cedarID, ticketID });

    expect(moov.requests.map(({ method, path }) => `${method} ${path}`)).toEqual([
      "PATCH /accounts/5b0f8c6e-2d1a-4c3e-9f7a-000000000004/tickets/0f6d1a52-3b7e-4c1d-9a2b-5e8f7c6d4b01",
    ]);
    expect(result).toEqual({
      ok: true,
      ticket: {
        ticketID: "0f6d1a52-3b7e-4c1d-9a2b-5e8f7c6d4b01",
        number: 1042,
        title: "Payout delayed",
        contact: { email: "ops@bluebird.example", name: "Bluebird ops" },
        status: "closed",
        createdOn: "2026-03-02T09:00:00.000Z",
        updatedOn: "2026-03-05T12:00:00.000Z",
        closedOn: "2026-03-05T12:00:00.000Z",
      },
    });
  });
});

describe("closeTickets (bulk server action)", () => {
  const ticket = (n: number) => `0f6d1a52-3b7e-4c1d-9a2b-5e8f7c6d4b${String(n).padStart(2, "0")}`;
  const patches = () =>
    moov.requests.filter((request) => request.method === "PATCH").map((request) => request.path);

  it("gives each ticket its own outcome: closed, already closed, or failed with its request ID", async () => {
    await signInAna();
    moov.closeAnswers.set(ticket(2), { status: 409, body: { error: "ticket is closed" } });
    moov.closeAnswers.set(ticket(3), { status: 422, body: { status: "cannot close" } });

    const result = await closeTickets({
      tickets: [1, 2, 3].map((n) => ({ accountID: cedarID, ticketID: ticket(n) })),
    });

    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.outcomes.map((o) => [o.ticketID, o.outcome])).toEqual([
      [ticket(1), "closed"],
      [ticket(2), "already-closed"],
      [ticket(3), "failed"],
    ]);
    expect(result.outcomes[2]).toMatchObject({ error: { code: "invalid", requestId: "req-422" } });
    // One audit line per ticket, each with its own outcome.
    expect(
      vi
        .mocked(audit)
        .mock.calls.map(([entry]) => [entry.ticketID, entry.outcome])
        .sort(),
    ).toEqual([
      [ticket(1), "ok"],
      [ticket(2), "failed"],
      [ticket(3), "invalid"],
    ]);
    // Exactly one PATCH per ticket, each on its own path.
    expect(patches().sort()).toEqual(
      [1, 2, 3].map((n) => `/accounts/${cedarID}/tickets/${ticket(n)}`).sort(),
    );
  });

  it("refuses the tickets of an account the person does not act for, and still closes the rest", async () => {
    await signInAna();

    const result = await closeTickets({
      tickets: [
        { accountID: forgedID, ticketID: ticket(1) },
        { accountID: cedarID, ticketID: ticket(2) },
      ],
    });

    expect(result.ok && result.outcomes).toEqual([
      {
        accountID: forgedID,
        ticketID: ticket(1),
        outcome: "failed",
        error: { code: "forbidden", message: "You do not have access to this account's tickets." },
      },
      expect.objectContaining({ ticketID: ticket(2), outcome: "closed" }),
    ]);
    expect(patches()).toEqual([`/accounts/${cedarID}/tickets/${ticket(2)}`]);
  });

  it("refuses the whole call without a session, with more than 100 tickets, or a ticket twice", async () => {
    expect(await closeTickets({ tickets: [{ accountID: cedarID, ticketID: ticket(1) }] })).toEqual({
      ok: false,
      code: "unauthorized",
      message: "Your session has ended. Sign in again to continue.",
    });
    await signInAna();
    const many = Array.from({ length: 101 }, (_, n) => ({
      accountID: cedarID,
      ticketID: `0f6d1a52-3b7e-4c1d-9a2b-${String(n).padStart(12, "0")}`,
    }));
    expect(await closeTickets({ tickets: many })).toEqual({
      ok: false,
      code: "invalid",
      message: "Close at most 100 tickets at once.",
    });
    const twice = { accountID: cedarID, ticketID: ticket(1) };
    expect(await closeTickets({ tickets: [twice, twice] })).toMatchObject({
      ok: false,
      message: "A ticket is listed twice.",
    });
    expect(moov.requests).toEqual([]);
  });
});
