import { beforeEach, describe, expect, it, vi } from "vitest";

const settings = vi.hoisted(() => ({
  NODE_ENV: "production",
  NEXTAUTH_URL: undefined as string | undefined,
}));
vi.mock("@/lib/env", async (original) => ({
  ...(await original<typeof import("@/lib/env")>()),
  env: () => settings,
}));
const { secureCookies, sessionCookieName } = await import("./session-cookie");

describe("the session cookie's Secure flag", () => {
  beforeEach(() => {
    settings.NODE_ENV = "production";
    settings.NEXTAUTH_URL = undefined;
  });

  it("is set for an https app and for any production app off this machine", () => {
    for (const url of ["https://desk.example.com", "http://desk.example.com", undefined]) {
      settings.NEXTAUTH_URL = url;
      expect(secureCookies(), String(url)).toBe(true);
    }
    settings.NODE_ENV = "development";
    settings.NEXTAUTH_URL = "https://desk.example.com";
    expect(secureCookies()).toBe(true);
    expect(sessionCookieName()).toBe("__Secure-next-auth.session-token");
  });

  it("is left off only for plain http on loopback (the demo) and in development", () => {
    settings.NEXTAUTH_URL = "http://127.0.0.1:3000";
    expect(secureCookies()).toBe(false);
    settings.NEXTAUTH_URL = "http://localhost:3000";
    expect(secureCookies()).toBe(false);
    settings.NODE_ENV = "development";
    settings.NEXTAUTH_URL = "http://desk.internal:3000";
    expect(secureCookies()).toBe(false);
  });
});
