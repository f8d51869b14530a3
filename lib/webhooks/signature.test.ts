import { describe, expect, it } from "vitest";
import { computeSignature, parseSignatureTimestamp, verifySignature } from "./signature";

const secret = "whsec-test-0123456789";
const now = Date.parse("2026-11-27T10:00:00Z");

function signed(overrides: Partial<Record<"timestamp" | "nonce" | "webhookID", string>> = {}) {
  const parts = {
    timestamp: String(Math.floor(now / 1000)),
    nonce: "n-1",
    webhookID: "wh-1",
    ...overrides,
  };
  return { ...parts, signature: computeSignature(secret, parts) };
}

describe("verifySignature", () => {
  it("accepts a fresh event signed with the secret and names the signed delivery", () => {
    expect(verifySignature(signed(), secret, now)).toEqual({
      ok: true,
      delivery: { webhookID: "wh-1", nonce: "n-1", sentAt: now },
    });
  });

  it("accepts an ISO timestamp", () => {
    expect(
      verifySignature(signed({ timestamp: "2026-11-27T09:59:00Z" }), secret, now),
    ).toMatchObject({
      ok: true,
    });
  });

  it("refuses a header holding the separator, which would let the same signature name another nonce", () => {
    const split = signed({ nonce: "n-1|wh-2", webhookID: "wh-1" });
    expect(verifySignature(split, secret, now)).toEqual({ ok: false, reason: "bad-headers" });
  });

  it("rejects a signature made with another secret", () => {
    const headers = { ...signed(), signature: computeSignature("other", signed()) };
    expect(verifySignature(headers, secret, now)).toEqual({ ok: false, reason: "bad-signature" });
  });

  it("rejects headers changed after signing", () => {
    const headers = { ...signed(), nonce: "n-2" };
    expect(verifySignature(headers, secret, now)).toEqual({ ok: false, reason: "bad-signature" });
  });

  it("rejects a stale or far-future timestamp", () => {
    const old = signed({ timestamp: String(Math.floor(now / 1000) - 6 * 60) });
    expect(verifySignature(old, secret, now)).toEqual({ ok: false, reason: "stale" });
    const future = signed({ timestamp: String(Math.floor(now / 1000) + 6 * 60) });
    expect(verifySignature(future, secret, now)).toEqual({ ok: false, reason: "stale" });
  });

  it("rejects missing headers, junk signatures and unreadable timestamps", () => {
    expect(verifySignature({ ...signed(), nonce: null }, secret, now).ok).toBe(false);
    expect(verifySignature({ ...signed(), signature: "zz" }, secret, now)).toEqual({
      ok: false,
      reason: "bad-signature",
    });
    expect(verifySignature({ ...signed(), signature: "abcd" }, secret, now)).toEqual({
      ok: false,
      reason: "bad-signature",
    });
    expect(verifySignature(signed({ timestamp: "yesterday" }), secret, now)).toEqual({
      ok: false,
      reason: "bad-timestamp",
    });
  });

  it("reads seconds, milliseconds and ISO dates", () => {
    expect(parseSignatureTimestamp("1795773600")).toBe(1795773600000);
    expect(parseSignatureTimestamp("1795773600000")).toBe(1795773600000);
    expect(parseSignatureTimestamp("2026-11-27T10:00:00Z")).toBe(now);
  });
});
