import type { LiveEventBus } from "@/lib/live/event-bus";
import { webhookEnvelopeSchema, webhookEventSchema } from "./event";
import { readBodyUpTo } from "./read-body";
import {
  type SignedDelivery,
  signatureHeadersFrom,
  signatureToleranceMs,
  verifySignature,
} from "./signature";

/** Moov's events are small; anything larger is not from Moov. */
export const maxWebhookBytes = 64 * 1024;
/** Moov retries for hours, signing each attempt afresh; remember an eventID for a day. */
const eventReplayWindowMs = 24 * 60 * 60 * 1000;
/**
 * A timestamp is accepted from TOLERANCE before it to TOLERANCE after it, so one
 * set of signed headers can be replayed for 2 × TOLERANCE; the extra minute
 * covers clock drift between instances sharing the claims.
 */
export const deliveryClaimTtlMs = 2 * signatureToleranceMs + 60_000;

const handledTypes = new Set([
  "ticket.created",
  "ticket.updated",
  "ticket.messageAdded",
  "event.test",
]);

/**
 * The claim key of one signed delivery. JSON keeps the pair unambiguous whatever
 * the headers hold, and the prefix keeps it apart from eventID claims in the same
 * store (an eventID cannot contain ":").
 */
export function deliveryClaimKey(delivery: Pick<SignedDelivery, "webhookID" | "nonce">): string {
  return `delivery:${JSON.stringify([delivery.webhookID, delivery.nonce])}`;
}

export type WebhookOutcome = {
  status: number;
  body: { ok: boolean; result: string; error?: string };
};

const reject = (status: number, error: string): WebhookOutcome => ({
  status,
  body: { ok: false, result: "rejected", error },
});
const duplicate: WebhookOutcome = { status: 200, body: { ok: true, result: "duplicate" } };

/**
 * Check order: the signature before anything is read or trusted; then the body,
 * read no further than the limit; then the claims, only once the event is known
 * to be well-formed.
 *
 * Only the headers are signed, so the claim that stops replays is on the signed
 * pair (X-Webhook-ID, X-Nonce): once a delivery is answered 2xx, its headers can
 * never carry a second body, whatever eventID that body names. The pair is
 * claimed after validation because a 4xx asks Moov to retry, and a sender that
 * retries with the same headers would otherwise be told "duplicate" and the event
 * lost; the cost is that the headers of a delivery we refused stay usable for
 * their few minutes, which only matters if Moov itself sent a broken body.
 *
 * The eventID claim stays as a second step for Moov's redeliveries: each attempt
 * is signed afresh (a new nonce), so only the eventID says it was seen before.
 */
export async function handleMoovWebhook(
  request: Request,
  deps: {
    secret: string | undefined;
    bus: LiveEventBus;
    now?: number;
    /** Drops what the server keeps of the account's lists, before anyone hears of the event. */
    forgetAccount?: (accountID: string) => Promise<void>;
  },
): Promise<WebhookOutcome> {
  if (!deps.secret) return reject(503, "Webhooks are not configured (MOOV_WEBHOOK_SECRET).");

  const declaredLength = Number(request.headers.get("content-length") ?? "0");
  if (declaredLength > maxWebhookBytes) return reject(413, "Body too large.");

  const check = verifySignature(signatureHeadersFrom(request.headers), deps.secret, deps.now);
  if (!check.ok) return reject(401, `Signature check failed: ${check.reason}.`);

  const body = await readBodyUpTo(request, maxWebhookBytes);
  if (!body.ok) {
    return body.reason === "too-large"
      ? reject(413, "Body too large.")
      : reject(400, "Body could not be read.");
  }

  let json: unknown;
  try {
    json = JSON.parse(body.text);
  } catch {
    return reject(400, "Body is not valid JSON.");
  }
  const envelope = webhookEnvelopeSchema.safeParse(json);
  if (!envelope.success) return reject(400, "Body is not a Moov event.");

  const event = webhookEventSchema.safeParse(envelope.data);
  if (!event.success && handledTypes.has(envelope.data.type)) {
    return reject(400, `Malformed ${envelope.data.type} event.`);
  }

  // Ignored types are claimed too: their headers must not carry a ticket event later.
  if (!(await deps.bus.claim(deliveryClaimKey(check.delivery), deliveryClaimTtlMs))) {
    return duplicate;
  }
  // Events we do not subscribe to are acknowledged so Moov stops retrying them.
  if (!event.success) return { status: 202, body: { ok: true, result: "ignored" } };

  if (!(await deps.bus.claim(envelope.data.eventID, eventReplayWindowMs))) return duplicate;

  if (event.data.type === "event.test") return { status: 200, body: { ok: true, result: "pong" } };

  // First the server's cached lists go, so a browser refetching on the event reads fresh.
  await deps.forgetAccount?.(event.data.data.accountID);
  await deps.bus.publish({
    kind: event.data.type,
    accountID: event.data.data.accountID,
    ticketID: event.data.data.ticketID,
    status: event.data.type === "ticket.updated" ? event.data.data.status : undefined,
    eventID: envelope.data.eventID,
  });
  return { status: 200, body: { ok: true, result: "accepted" } };
}
