import { encode } from "next-auth/jwt";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

const secret = "memo-test-secret-0123456789abcdef0123456789";
vi.mock("@/lib/env", async (original) => ({
  ...(await original<typeof import("@/lib/env")>()),
  env: () => ({ NODE_ENV: "development", NEXTAUTH_URL: undefined, NEXTAUTH_SECRET: secret }),
}));
// Counts next-auth's decodes (each derives a key with HKDF and decrypts the JWE).
const decodes = vi.hoisted(() => ({ count: 0 }));
vi.mock("next-auth/jwt", async (original) => {
  const real = await original<typeof import("next-auth/jwt")>();
  return {
    ...real,
    decode: (params: Parameters<typeof real.decode>[0]) => {
      decodes.count += 1;
      return real.decode(params);
    },
  };
});
const { decodeSessionCookie } = await import("./session-cookie");

const cookieName = "next-auth.session-token";
const jar = (value: string) => ({ getAll: () => [{ name: cookieName, value }] });
const claims = { sid: "session-1", email: "ana@example.com" };

describe("decodeSessionCookie's memo of decoded cookies", () => {
  beforeEach(() => {
    decodes.count = 0;
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("decodes a cookie once, however often the proxy and the page read it", async () => {
    const token = await encode({ token: claims, secret, maxAge: 3600 });
    for (let i = 0; i < 3; i++) {
      expect(await decodeSessionCookie(jar(token))).toEqual(claims);
    }
    expect(decodes.count).toBe(1);
  });

  it("stops answering from memory once the cookie's own expiry has passed", async () => {
    const token = await encode({ token: { ...claims, sid: "session-2" }, secret, maxAge: 60 });
    expect(await decodeSessionCookie(jar(token))).toEqual({ ...claims, sid: "session-2" });
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(Date.now() + 61_000);
    // Past exp the memo lets it go; next-auth's decode (15 s of clock tolerance) decides again.
    await decodeSessionCookie(jar(token));
    expect(decodes.count).toBe(2);
    vi.setSystemTime(Date.now() + 60_000);
    expect(await decodeSessionCookie(jar(token))).toBeNull();
  });

  it("never remembers a cookie that does not decode", async () => {
    for (let i = 0; i < 2; i++) expect(await decodeSessionCookie(jar("not-a-jwe"))).toBeNull();
    expect(decodes.count).toBe(2);
  });

  it("keeps cookies apart: another value is decoded on its own", async () => {
    const first = await encode({ token: { ...claims, sid: "session-3" }, secret, maxAge: 3600 });
    const second = await encode({ token: { ...claims, sid: "session-4" }, secret, maxAge: 3600 });
    expect((await decodeSessionCookie(jar(first)))?.sid).toBe("session-3");
    expect((await decodeSessionCookie(jar(second)))?.sid).toBe("session-4");
    expect(decodes.count).toBe(2);
  });
});
