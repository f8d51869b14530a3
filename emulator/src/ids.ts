import { createHash, randomBytes, randomUUID } from "node:crypto";

export type Random = () => number;

/** mulberry32: a tiny seeded PRNG, so a seed and its ticket IDs are reproducible. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A version-4-shaped uuid drawn from a seeded PRNG. */
export function seededUUID(random: Random): string {
  const bytes = Array.from({ length: 16 }, () => Math.floor(random() * 256));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.map((byte) => byte.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export function pick<T>(random: Random, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error("pick from an empty list");
  return item;
}

export function newUUID(): string {
  return randomUUID();
}

export function newSecret(prefix: string): string {
  return `${prefix}${randomBytes(24).toString("base64url")}`;
}

/** Tokens are stored hashed so the database file never holds a usable bearer token. */
export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
