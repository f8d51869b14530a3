import { describe, expect, it } from "vitest";
import { safeLocalPath, sessionEndedPath, signInPath, switchAccountPath } from "./paths";
import { signInNotice } from "./sign-in-messages";

describe("safeLocalPath", () => {
  it("keeps same-site paths and refuses anything that leaves the site", () => {
    expect(safeLocalPath("/accounts/x/tickets?status=open")).toBe(
      "/accounts/x/tickets?status=open",
    );
    for (const bad of [
      "https://evil.example",
      "//evil.example",
      "/\\evil.example",
      "",
      undefined,
    ]) {
      expect(safeLocalPath(bad)).toBe("/");
    }
  });
});

describe("auth paths", () => {
  it("builds the sign-in, session-ended and switch URLs", () => {
    expect(signInPath()).toBe("/sign-in");
    expect(signInPath({ callbackUrl: "/accounts/a/tickets", reason: "idle" })).toBe(
      "/sign-in?reason=idle&callbackUrl=%2Faccounts%2Fa%2Ftickets",
    );
    expect(sessionEndedPath("revoked")).toBe("/api/auth/ended?reason=revoked");
    expect(switchAccountPath("a", "/accounts/a/tickets")).toBe(
      "/api/auth/switch?accountID=a&next=%2Faccounts%2Fa%2Ftickets",
    );
  });
});

describe("signInNotice", () => {
  it("gives a wrong password and an unknown email the same words", () => {
    expect(signInNotice({ error: "CredentialsSignin" })?.text).toMatch(
      /email and password don't match/,
    );
  });

  it("explains why a session ended and falls back for unknown errors", () => {
    expect(signInNotice({ reason: "revoked" })?.text).toMatch(/revoked/);
    expect(signInNotice({ reason: "idle" })?.tone).toBe("info");
    expect(signInNotice({ error: "Whatever" })?.text).toMatch(/didn't complete/);
    expect(signInNotice({ reason: "nonsense" })).toBeUndefined();
  });
});
