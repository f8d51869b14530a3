import { createHmac, timingSafeEqual } from "node:crypto";
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningEmulator } from "../src/server.js";
import { adminJSON, basicMoov, harborID, startTestEmulator } from "./helpers.js";

type Received = { headers: IncomingHttpHeaders; body: string };

/** A local receiver that answers 500 to the first `failFirst` deliveries. */
function receiver(failFirst: number) {
  const received: Received[] = [];
  const waiters: Array<() => void> = [];
  let failuresLeft = failFirst;
  const server: Server = createServer((req, res) => {
    let body = "";
    req.on("data", (chunk: Buffer) => {
      body += chunk.toString();
    });
    req.on("end", () => {
      received.push({ headers: req.headers, body });
      res.statusCode = failuresLeft-- > 0 ? 500 : 200;
      res.end();
      for (const wake of waiters.splice(0)) wake();
    });
  });
  return {
    received,
    async listen(): Promise<string> {
      await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
      return `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`;
    },
    async waitFor(count: number, timeoutMs = 5000): Promise<void> {
      const deadline = Date.now() + timeoutMs;
      while (received.length < count) {
        if (Date.now() > deadline) throw new Error(`only ${received.length} deliveries`);
        await new Promise<void>((resolve) => {
          waiters.push(resolve);
          setTimeout(resolve, 50);
        });
      }
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function verify(secret: string, headers: IncomingHttpHeaders): boolean {
  const timestamp = String(headers["x-timestamp"]);
  const nonce = String(headers["x-nonce"]);
  const webhookID = String(headers["x-webhook-id"]);
  const expected = createHmac("sha512", secret)
    .update(`${timestamp}|${nonce}|${webhookID}`)
    .digest();
  const given = Buffer.from(String(headers["x-signature"]), "hex");
  return given.length === expected.length && timingSafeEqual(given, expected);
}

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startTestEmulator({ webhookRetryBaseMs: 50 });
});
afterAll(() => emulator.close());

describe("webhooks", () => {
  const secret = "whsec_test_123";

  it("delivers signed ticket events and retries after a 500", async () => {
    const hook = receiver(1);
    const url = await hook.listen();
    const { webhookID } = await adminJSON<{ webhookID: string }>(
      emulator.url,
      "/_emulator/webhooks",
      {
        method: "POST",
        body: JSON.stringify({ url, secret }),
      },
    );
    try {
      const sdk = basicMoov(emulator.url, harborID.keys);
      const { result: ticket } = await sdk.support.createTicket({
        accountID: harborID.accountID,
        createTicket: {
          title: "hooked",
          body: "b",
          contact: { email: "a@b.example" },
          foreignID: "f-1",
        },
      });
      await hook.waitFor(2);
      const [failed, retried] = hook.received;
      expect(failed?.body).toBe(retried?.body);
      expect(retried?.headers["x-webhook-id"]).toBe(webhookID);
      expect(verify(secret, retried?.headers ?? {})).toBe(true);
      expect(verify("wrong-secret", retried?.headers ?? {})).toBe(false);
      const event = JSON.parse(retried?.body ?? "{}") as Record<string, unknown>;
      expect(event).toMatchObject({
        type: "ticket.created",
        data: { accountID: harborID.accountID, ticketID: ticket.ticketID, foreignID: "f-1" },
      });
      expect(event.eventID).toEqual(expect.any(String));
      expect(Date.parse(String(event.createdOn))).not.toBeNaN();

      await sdk.support.updateTicket({
        accountID: harborID.accountID,
        ticketID: ticket.ticketID,
        updateTicket: { status: "closed" },
      });
      await hook.waitFor(3);
      expect(JSON.parse(hook.received[2]?.body ?? "{}")).toMatchObject({
        type: "ticket.updated",
        data: { ticketID: ticket.ticketID, status: "closed" },
      });

      const deliveries = await adminJSON<Array<{ state: string; attempts: unknown[] }>>(
        emulator.url,
        `/_emulator/webhook-deliveries?webhookID=${webhookID}`,
      );
      expect(deliveries[0]).toMatchObject({ state: "delivered" });
      expect(deliveries[0]?.attempts).toHaveLength(2);
    } finally {
      await fetch(`${emulator.url}/_emulator/webhooks/${webhookID}`, { method: "DELETE" });
      await hook.close();
    }
  });

  it("fires ticket.messageAdded and ticket.updated for staff actions, and a test ping", async () => {
    const hook = receiver(0);
    const url = await hook.listen();
    const { webhookID } = await adminJSON<{ webhookID: string }>(
      emulator.url,
      "/_emulator/webhooks",
      {
        method: "POST",
        body: JSON.stringify({ url, secret }),
      },
    );
    try {
      const { result: ticket } = await basicMoov(emulator.url, harborID.keys).support.createTicket({
        accountID: harborID.accountID,
        createTicket: { title: "staff", body: "b", contact: { email: "a@b.example" } },
      });
      await adminJSON(emulator.url, `/_emulator/tickets/${ticket.ticketID}/messages`, {
        method: "POST",
        body: JSON.stringify({ author: "Priya (Moov Support)", body: "Looking into it." }),
      });
      await adminJSON(emulator.url, `/_emulator/tickets/${ticket.ticketID}/status`, {
        method: "POST",
        body: JSON.stringify({ status: "on-hold" }),
      });
      await adminJSON(emulator.url, `/_emulator/webhooks/${webhookID}/ping`, { method: "POST" });
      await hook.waitFor(4);
      const types = hook.received.map(
        (delivery) => (JSON.parse(delivery.body) as { type: string }).type,
      );
      expect(types.sort()).toEqual(
        ["event.test", "ticket.created", "ticket.messageAdded", "ticket.updated"].sort(),
      );
      for (const delivery of hook.received) expect(verify(secret, delivery.headers)).toBe(true);
    } finally {
      await fetch(`${emulator.url}/_emulator/webhooks/${webhookID}`, { method: "DELETE" });
      await hook.close();
    }
  });
});
