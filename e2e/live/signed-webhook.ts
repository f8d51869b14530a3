import { randomUUID } from "node:crypto";
import { signWebhook } from "../../emulator/src/webhooks";
import { apiPaths } from "../support/paths";

/**
 * Delivers a Moov-shaped webhook to an app instance, signed with `secret` (or
 * forged with another) the way Moov signs it: by the emulator's signer, never
 * by the app's own code, so a mistake in the app's signature check shows.
 */
export async function postWebhook(
  appURL: string,
  secret: string,
  event: { type: string; data: Record<string, unknown> },
): Promise<Response> {
  const timestamp = new Date().toISOString();
  const nonce = randomUUID();
  const webhookID = randomUUID();
  return fetch(`${appURL}${apiPaths.moovWebhook}`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "x-timestamp": timestamp,
      "x-nonce": nonce,
      "x-webhook-id": webhookID,
      "x-signature": signWebhook(secret, timestamp, nonce, webhookID),
    },
    body: JSON.stringify({
      eventID: randomUUID(),
      type: event.type,
      createdOn: new Date().toISOString(),
      data: event.data,
    }),
  });
}
