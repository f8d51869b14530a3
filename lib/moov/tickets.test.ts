import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { fakeMoov } from "@/lib/testing/fake-moov";

/**
 * The ticket close as it leaves the app: the real SDK instance of client.ts,
 * with only the network underneath it replaced by a fake Moov. The environment
 * is parsed by the real schema without MOOV_API_VERSION, so the version sent is
 * the one the app pins, not one this test supplies.
 */
vi.mock("@/lib/env", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/lib/env")>();
  const { fakeMoovEnv } = await import("@/lib/testing/fake-moov");
  const parsed = actual.parseEnv(fakeMoovEnv);
  return { ...actual, env: () => parsed };
});

const { moovWithToken } = await import("./client");
const { closeTicket } = await import("./tickets");

const accountID = "5b0f8c6e-2d1a-4c3e-9f7a-0000000000a1";
const ticketID = "0f6d1a52-3b7e-4c1d-9a2b-5e8f7c6d4b01";

let moov: ReturnType<typeof fakeMoov>;

beforeEach(() => {
  moov = fakeMoov();
  vi.stubGlobal("fetch", moov.fetch);
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("closeTicket (Moov)", () => {
  it("sends one PATCH of status closed to the ticket, with the token and the pinned version", async () => {
    await closeTicket(moovWithToken("token-of-ana"), accountID, ticketID);

    expect(moov.requests).toHaveLength(1);
    const [sent] = moov.requests;
    expect(sent?.method).toBe("PATCH");
    expect(sent?.path).toBe(
      "/accounts/5b0f8c6e-2d1a-4c3e-9f7a-0000000000a1/tickets/0f6d1a52-3b7e-4c1d-9a2b-5e8f7c6d4b01",
    );
    expect(JSON.parse(sent?.body ?? "")).toEqual({ status: "closed" });
    expect(sent?.authorization).toBe("Bearer token-of-ana");
    expect(sent?.moovVersion).toBe("v2026.04.00");
  });

  it("hands back Moov's ticket as the app's ticket, with Moov's request ID", async () => {
    const result = await closeTicket(moovWithToken("token-of-ana"), accountID, ticketID);

    expect(result).toEqual({
      data: {
        ticketID: "0f6d1a52-3b7e-4c1d-9a2b-5e8f7c6d4b01",
        number: 1042,
        title: "Payout delayed",
        contact: { email: "ops@bluebird.example", name: "Bluebird ops" },
        status: "closed",
        createdOn: "2026-03-02T09:00:00.000Z",
        updatedOn: "2026-03-05T12:00:00.000Z",
        closedOn: "2026-03-05T12:00:00.000Z",
      },
      requestId: "req-close-1",
    });
  });
});
