import type { LiveEventBus } from "@/lib/live/event-bus";
import { webhookEnvelopeSchema, webhookEventSchema } from "./event";
import { signatureHeadersFrom, verifySignature } from "./signature";

/** Moov's events are small; anything larger is not from Moov. */
export const MAX_WEBHOOK_BYTES = 64 * 1024;
/** Moov retries for hours; remember an eventID for a day. */
const REPLAY_WINDOW_MS = 24 * 60 * 60 * 1000;

export type WebhookOutcome = {
  status: number;
  body: { ok: boolean; result: string; error?: string };
};

const reject = (status: number, error: string): WebhookOutcome => ({
  status,
  body: { ok: false, result: "rejected", error },
});

/**
 * Checks order matters: the signature before anything else is trusted, the
 * replay claim only once the event is known to be well-formed, so a broken
 * delivery can be retried by Moov and still be processed once.
 */
export async function handleMoovWebhook(
  request: Request,
  deps: { secret: string | undefined; bus: LiveEventBus; now?: number },
): Promise<WebhookOutcome> {
  if (!deps.secret) return reject(503, "Webhooks are not configured (MOOV_WEBHOOK_SECRET).");

  const declaredLength = Number(request.headers.get("content-length") ?? "0");
  if (declaredLength > MAX_WEBHOOK_BYTES) return reject(413, "Body too large.");

  const check = verifySignature(signatureHeadersFrom(request.headers), deps.secret, deps.now);
  if (!check.ok) return reject(401, `Signature check failed: ${check.reason}.`);

  const text = await request.text();
  if (Buffer.byteLength(text) > MAX_WEBHOOK_BYTES) return reject(413, "Body too large.");

  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return reject(400, "Body is not valid JSON.");
  }
  const envelope = webhookEnvelopeSchema.safeParse(json);
  if (!envelope.success) return reject(400, "Body is not a Moov event.");

  const event = webhookEventSchema.safeParse(envelope.data);
  if (!event.success) {
    const known = ["ticket.created", "ticket.updated", "ticket.messageAdded", "event.test"];
    if (known.includes(envelope.data.type))
      return reject(400, `Malformed ${envelope.data.type} event.`);
    // Events we do not subscribe to are acknowledged so Moov stops retrying them.
    return { status: 202, body: { ok: true, result: "ignored" } };
  }

  if (!(await deps.bus.claim(envelope.data.eventID, REPLAY_WINDOW_MS))) {
    return { status: 200, body: { ok: true, result: "duplicate" } };
  }

  if (event.data.type === "event.test") return { status: 200, body: { ok: true, result: "pong" } };

  await deps.bus.publish({
    kind: event.data.type,
    accountID: event.data.data.accountID,
    ticketID: event.data.data.ticketID,
    status: event.data.type === "ticket.updated" ? event.data.data.status : undefined,
    eventID: envelope.data.eventID,
  });
  return { status: 200, body: { ok: true, result: "accepted" } };
}
