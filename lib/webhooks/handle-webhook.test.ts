import { afterEach, describe, expect, it, vi } from "vitest";
import { InProcessBus } from "@/lib/live/in-process-bus";
import type { LiveEvent } from "@/lib/live/live-event";
import { handleMoovWebhook, maxWebhookBytes } from "./handle-webhook";
import { computeSignature, signatureToleranceMs } from "./signature";

const secret = "whsec-test-0123456789";
const accountID = "5b0f8c6e-2d1a-4c3e-9f7a-000000000002";

type Signing = { secret?: string; timestamp?: number; nonce?: string; webhookID?: string };

function signedHeaders(options: Signing = {}): Record<string, string> {
  const parts = {
    timestamp: String(Math.floor((options.timestamp ?? Date.now()) / 1000)),
    nonce: options.nonce ?? crypto.randomUUID(),
    webhookID: options.webhookID ?? "wh-1",
  };
  return {
    "content-type": "application/json",
    "x-timestamp": parts.timestamp,
    "x-nonce": parts.nonce,
    "x-webhook-id": parts.webhookID,
    "x-signature": computeSignature(options.secret ?? secret, parts),
  };
}

function delivery(body: unknown, options: Signing | Record<string, string> = {}): Request {
  const headers = "x-signature" in options ? options : signedHeaders(options);
  return new Request("http://127.0.0.1/api/webhooks/moov", {
    method: "POST",
    headers,
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
}

function setup() {
  const bus = new InProcessBus();
  const received: LiveEvent[] = [];
  bus.subscribe((event) => received.push(event));
  return { bus, received };
}

const updated = (eventID: string, ticketID = "t-1") => ({
  eventID,
  type: "ticket.updated",
  createdOn: new Date().toISOString(),
  data: { accountID, ticketID, status: "on-hold" },
});

afterEach(() => {
  vi.useRealTimers();
});

describe("handleMoovWebhook", () => {
  it("publishes a signed ticket event once, then treats Moov's redelivery of it as a duplicate", async () => {
    const { bus, received } = setup();
    const first = await handleMoovWebhook(delivery(updated("e-1")), { secret, bus });
    const redelivery = await handleMoovWebhook(delivery(updated("e-1")), { secret, bus });
    expect(first).toMatchObject({ status: 200, body: { result: "accepted" } });
    expect(redelivery).toMatchObject({ status: 200, body: { result: "duplicate" } });
    expect(received).toEqual([
      { kind: "ticket.updated", accountID, ticketID: "t-1", status: "on-hold", eventID: "e-1" },
    ]);
  });

  it("drops the account's cached lists before anyone hears of the event, and not for a duplicate", async () => {
    const { bus, received } = setup();
    const order: string[] = [];
    bus.subscribe((event) => order.push(`published ${event.accountID}`));
    const forgetAccount = async (id: string) => {
      order.push(`forgot ${id}`);
    };
    await handleMoovWebhook(delivery(updated("e-9")), { secret, bus, forgetAccount });
    await handleMoovWebhook(delivery(updated("e-9")), { secret, bus, forgetAccount });
    expect(order).toEqual([`forgot ${accountID}`, `published ${accountID}`]);
    expect(received).toHaveLength(1);
  });

  it("answers a replay of the same signed headers as a duplicate, whatever body it carries", async () => {
    const { bus, received } = setup();
    const headers = signedHeaders({ nonce: "n-replayed" });
    const first = await handleMoovWebhook(delivery(updated("e-1"), headers), { secret, bus });
    const replay = await handleMoovWebhook(delivery(updated("e-forged", "t-9"), headers), {
      secret,
      bus,
    });
    expect(first.body.result).toBe("accepted");
    expect(replay).toMatchObject({ status: 200, body: { result: "duplicate" } });
    expect(received.map((event) => event.eventID)).toEqual(["e-1"]);
  });

  it("remembers signed headers for the whole time their timestamp is accepted, both ways", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const start = Date.parse("2026-11-27T10:00:00Z");
    vi.setSystemTime(start);
    const { bus, received } = setup();
    // Stamped just inside the tolerance ahead of our clock, replayed just inside it behind.
    const headers = signedHeaders({ timestamp: start + signatureToleranceMs - 10_000 });
    await handleMoovWebhook(delivery(updated("e-1"), headers), { secret, bus });
    vi.setSystemTime(start + 2 * signatureToleranceMs - 20_000);
    const replay = await handleMoovWebhook(delivery(updated("e-2"), headers), { secret, bus });
    expect(replay.body.result).toBe("duplicate");
    expect(received).toHaveLength(1);
  });

  it("claims the headers of an event it ignores, so they cannot carry a ticket event later", async () => {
    const { bus, received } = setup();
    const headers = signedHeaders();
    const other = { eventID: "e-6", type: "transfer.created", createdOn: "", data: {} };
    expect((await handleMoovWebhook(delivery(other, headers), { secret, bus })).status).toBe(202);
    const replay = await handleMoovWebhook(delivery(updated("e-7"), headers), { secret, bus });
    expect(replay.body.result).toBe("duplicate");
    expect(received).toEqual([]);
  });

  it("rejects a forged signature and publishes nothing", async () => {
    const { bus, received } = setup();
    const outcome = await handleMoovWebhook(delivery(updated("e-2"), { secret: "forged" }), {
      secret,
      bus,
    });
    expect(outcome.status).toBe(401);
    expect(received).toEqual([]);
  });

  it("rejects a stale delivery", async () => {
    const { bus } = setup();
    const outcome = await handleMoovWebhook(
      delivery(updated("e-3"), { timestamp: Date.now() - 10 * 60 * 1000 }),
      { secret, bus },
    );
    expect(outcome).toMatchObject({
      status: 401,
      body: { error: "Signature check failed: stale." },
    });
  });

  it("answers 400 to broken JSON and to a malformed ticket event, and lets Moov retry them", async () => {
    const { bus, received } = setup();
    expect((await handleMoovWebhook(delivery("{not json"), { secret, bus })).status).toBe(400);
    const malformed = { ...updated("e-4"), data: { ticketID: "t-1" } };
    expect((await handleMoovWebhook(delivery(malformed), { secret, bus })).status).toBe(400);
    expect((await handleMoovWebhook(delivery(updated("e-4")), { secret, bus })).status).toBe(200);
    expect(received).toHaveLength(1);
  });

  it("lets a retry with the very same headers through after a malformed body", async () => {
    const { bus, received } = setup();
    const headers = signedHeaders();
    const malformed = { ...updated("e-4"), data: { ticketID: "t-1" } };
    expect((await handleMoovWebhook(delivery(malformed, headers), { secret, bus })).status).toBe(
      400,
    );
    const retry = await handleMoovWebhook(delivery(updated("e-4"), headers), { secret, bus });
    expect(retry.body.result).toBe("accepted");
    expect(received).toHaveLength(1);
  });

  it("refuses an eventID that could break out of the SSE id line", async () => {
    const { bus, received } = setup();
    for (const eventID of ["e-1\ndata: injected", "e-1\rid: x", "e:1", "x".repeat(129)]) {
      const outcome = await handleMoovWebhook(delivery(updated(eventID)), { secret, bus });
      expect(outcome.status).toBe(400);
    }
    const longest = await handleMoovWebhook(delivery(updated("A_z-9".repeat(25).slice(0, 128))), {
      secret,
      bus,
    });
    expect(longest.status).toBe(200);
    expect(received).toHaveLength(1);
  });

  it("answers a test ping and ignores event types it does not handle", async () => {
    const { bus, received } = setup();
    const ping = { eventID: "e-5", type: "event.test", createdOn: "", data: { ping: true } };
    expect(await handleMoovWebhook(delivery(ping), { secret, bus })).toMatchObject({
      status: 200,
      body: { result: "pong" },
    });
    const other = { eventID: "e-6", type: "transfer.created", createdOn: "", data: {} };
    expect((await handleMoovWebhook(delivery(other), { secret, bus })).status).toBe(202);
    expect(received).toEqual([]);
  });

  it("refuses when no secret is configured and when the body is too large", async () => {
    const { bus } = setup();
    expect(
      (await handleMoovWebhook(delivery(updated("e-7")), { secret: undefined, bus })).status,
    ).toBe(503);
    const huge = { ...updated("e-8"), padding: "x".repeat(70 * 1024) };
    expect((await handleMoovWebhook(delivery(huge), { secret, bus })).status).toBe(413);
  });

  it("stops reading a body without Content-Length as soon as it passes the limit", async () => {
    const { bus, received } = setup();
    const chunk = new Uint8Array(16 * 1024).fill(0x20);
    let pulls = 0;
    let cancelled = false;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulls += 1;
        // Ends only after 16 MiB, so a reader that buffers everything finishes, just late.
        if (pulls > 1024) controller.close();
        else controller.enqueue(chunk);
      },
      cancel() {
        cancelled = true;
      },
    });
    const init = { method: "POST", headers: signedHeaders(), body: endless, duplex: "half" };
    const request = new Request("http://127.0.0.1/api/webhooks/moov", init);
    expect(request.headers.get("content-length")).toBeNull();
    const outcome = await handleMoovWebhook(request, { secret, bus });
    expect(outcome.status).toBe(413);
    expect(pulls * chunk.byteLength).toBeLessThan(maxWebhookBytes + 4 * chunk.byteLength);
    expect(cancelled).toBe(true);
    expect(received).toEqual([]);
  });
});
