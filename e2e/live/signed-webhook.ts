import { randomUUID } from "node:crypto";
import { computeSignature } from "../../lib/webhooks/signature";

/** Delivers a Moov-shaped webhook to an app instance, signed with `secret` (or forged with another). */
export async function postWebhook(
  appURL: string,
  secret: string,
  event: { type: string; data: Record<string, unknown> },
): Promise<Response> {
  const parts = {
    timestamp: new Date().toISOString(),
    nonce: randomUUID(),
    webhookID: randomUUID(),
  };
  return fetch(`${appURL}/api/webhooks/moov`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "x-timestamp": parts.timestamp,
      "x-nonce": parts.nonce,
      "x-webhook-id": parts.webhookID,
      "x-signature": computeSignature(secret, parts),
    },
    body: JSON.stringify({
      eventID: randomUUID(),
      type: event.type,
      createdOn: new Date().toISOString(),
      data: event.data,
    }),
  });
}
