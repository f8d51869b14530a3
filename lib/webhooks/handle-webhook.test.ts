import { describe, expect, it } from "vitest";
import { InProcessBus } from "@/lib/live/in-process-bus";
import type { LiveEvent } from "@/lib/live/live-event";
import { handleMoovWebhook } from "./handle-webhook";
import { computeSignature } from "./signature";

const secret = "whsec-test-0123456789";
const accountID = "5b0f8c6e-2d1a-4c3e-9f7a-000000000002";

function delivery(body: unknown, options: { secret?: string; timestamp?: number } = {}): Request {
  const parts = {
    timestamp: String(Math.floor((options.timestamp ?? Date.now()) / 1000)),
    nonce: crypto.randomUUID(),
    webhookID: "wh-1",
  };
  return new Request("http://127.0.0.1/api/webhooks/moov", {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "x-timestamp": parts.timestamp,
      "x-nonce": parts.nonce,
      "x-webhook-id": parts.webhookID,
      "x-signature": computeSignature(options.secret ?? secret, parts),
    },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
}

function setup() {
  const bus = new InProcessBus();
  const received: LiveEvent[] = [];
  bus.subscribe((event) => received.push(event));
  return { bus, received };
}

const updated = (eventID: string) => ({
  eventID,
  type: "ticket.updated",
  createdOn: new Date().toISOString(),
  data: { accountID, ticketID: "t-1", status: "on-hold" },
});

describe("handleMoovWebhook", () => {
  it("publishes a signed ticket event once, then treats a replay as a duplicate", async () => {
    const { bus, received } = setup();
    const first = await handleMoovWebhook(delivery(updated("e-1")), { secret, bus });
    const replay = await handleMoovWebhook(delivery(updated("e-1")), { secret, bus });
    expect(first).toMatchObject({ status: 200, body: { result: "accepted" } });
    expect(replay).toMatchObject({ status: 200, body: { result: "duplicate" } });
    expect(received).toEqual([
      { kind: "ticket.updated", accountID, ticketID: "t-1", status: "on-hold", eventID: "e-1" },
    ]);
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
});
