import { describe, expect, it, vi } from "vitest";
import type { StoredToken } from "../moov-access/token";
import { createCipher } from "./cipher";
import { openRecord, type SessionRecord } from "./record";

const token = (a: string): StoredToken => ({
  a,
  r: `refresh-${a}`,
  e: 1_800_003_600,
  o: 1_800_000_000,
  s: "scope",
});
const cipher = createCipher(Buffer.alloc(32, 7).toString("base64"));
const record = (id: string, seenAt = 1_800_000_000): SessionRecord => ({
  id,
  email: "ana@example.com",
  name: "Ana",
  kind: "account",
  acct: "acct-1",
  toks: [{ id: "acct-1", t: token("token-a") }],
  createdAt: 1_800_000_000,
  seenAt,
  person: "fingerprint",
});
const sealedOf = (value: SessionRecord) => cipher.seal(JSON.stringify(value), value.id);

describe("openRecord", () => {
  it("opens a session's unchanged row once, however often it is loaded", () => {
    const open = vi.spyOn(cipher, "open");
    const sealed = sealedOf(record("memo-1"));
    for (let i = 0; i < 3; i++)
      expect(openRecord(cipher, sealed, "memo-1")?.seenAt).toBe(1_800_000_000);
    expect(open).toHaveBeenCalledTimes(1);
    open.mockRestore();
  });

  it("opens again once the row was written, and hands out the new record", () => {
    expect(openRecord(cipher, sealedOf(record("memo-2")), "memo-2")?.seenAt).toBe(1_800_000_000);
    const written = sealedOf(record("memo-2", 1_800_000_010));
    expect(openRecord(cipher, written, "memo-2")?.seenAt).toBe(1_800_000_010);
  });

  it("hands out a record nobody can change for the next request", () => {
    const sealed = sealedOf(record("memo-3"));
    const first = openRecord(cipher, sealed, "memo-3");
    expect(() => {
      (first as { acct: string }).acct = "acct-2";
    }).toThrow(TypeError);
    expect(() => first?.toks.push({ id: "x", t: token("b") })).toThrow(TypeError);
    expect(openRecord(cipher, sealed, "memo-3")?.acct).toBe("acct-1");
  });

  it("never answers from memory for another session's row or a tampered one", () => {
    const sealed = sealedOf(record("memo-4"));
    openRecord(cipher, sealed, "memo-4");
    // The session ID is the cipher's additional data: the same text does not open elsewhere.
    expect(() => openRecord(cipher, sealed, "memo-5")).toThrow();
    const tampered = `${sealed.slice(0, -2)}${sealed.endsWith("A") ? "B" : "A"}A`;
    expect(() => openRecord(cipher, tampered, "memo-4")).toThrow();
  });
});
