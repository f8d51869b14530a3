import { createHmac, timingSafeEqual } from "node:crypto";

/**
 * Moov signs `X-Timestamp|X-Nonce|X-Webhook-ID` (not the body) with HMAC-SHA512
 * and the webhook's secret, hex-encoded in X-Signature. Because the body is not
 * signed, the handler must re-fetch what an event points at rather than trust it.
 */
export type SignatureHeaders = {
  timestamp: string | null;
  nonce: string | null;
  webhookID: string | null;
  signature: string | null;
};

/** What a valid signature vouches for: this webhook sent this nonce at this time. */
export type SignedDelivery = { webhookID: string; nonce: string; sentAt: number };

export type SignatureCheck =
  | { ok: true; delivery: SignedDelivery }
  | {
      ok: false;
      reason: "missing-headers" | "bad-headers" | "bad-timestamp" | "stale" | "bad-signature";
    };

/** How far an event's timestamp may be from our clock, either way. */
export const signatureToleranceMs = 5 * 60 * 1000;

export function signatureHeadersFrom(headers: Headers): SignatureHeaders {
  return {
    timestamp: headers.get("x-timestamp"),
    nonce: headers.get("x-nonce"),
    webhookID: headers.get("x-webhook-id"),
    signature: headers.get("x-signature"),
  };
}

export function computeSignature(
  secret: string,
  parts: { timestamp: string; nonce: string; webhookID: string },
): string {
  return createHmac("sha512", secret)
    .update(`${parts.timestamp}|${parts.nonce}|${parts.webhookID}`)
    .digest("hex");
}

/** Accepts Unix seconds, Unix milliseconds or an ISO 8601 date, as senders differ. */
export function parseSignatureTimestamp(value: string): number | undefined {
  if (/^\d+$/.test(value)) {
    const number = Number(value);
    return number > 1e12 ? number : number * 1000;
  }
  const parsed = Date.parse(value);
  return Number.isNaN(parsed) ? undefined : parsed;
}

export function verifySignature(
  headers: SignatureHeaders,
  secret: string,
  now: number = Date.now(),
): SignatureCheck {
  const { timestamp, nonce, webhookID, signature } = headers;
  if (!timestamp || !nonce || !webhookID || !signature)
    return { ok: false, reason: "missing-headers" };
  // The signed text joins the parts with "|"; a part holding one could be split
  // differently under the same signature, naming a nonce Moov never sent.
  if ([timestamp, nonce, webhookID].some((part) => part.includes("|")))
    return { ok: false, reason: "bad-headers" };
  const sentAt = parseSignatureTimestamp(timestamp);
  if (sentAt === undefined) return { ok: false, reason: "bad-timestamp" };
  if (Math.abs(now - sentAt) > signatureToleranceMs) return { ok: false, reason: "stale" };
  const expected = Buffer.from(computeSignature(secret, { timestamp, nonce, webhookID }), "hex");
  const given = /^[0-9a-f]+$/i.test(signature) ? Buffer.from(signature, "hex") : Buffer.alloc(0);
  // timingSafeEqual throws on unequal lengths; a wrong length is simply a mismatch.
  const matches = given.length === expected.length && timingSafeEqual(given, expected);
  if (!matches) return { ok: false, reason: "bad-signature" };
  return { ok: true, delivery: { webhookID, nonce, sentAt } };
}
