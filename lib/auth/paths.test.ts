import { describe, expect, it } from "vitest";
import { signInPath } from "./paths";
import { signInNotice } from "./sign-in/sign-in-messages";

describe("auth paths", () => {
  it("builds the sign-in URL", () => {
    expect(signInPath()).toBe("/sign-in");
    expect(signInPath({ callbackUrl: "/accounts/a/tickets", reason: "idle" })).toBe(
      "/sign-in?reason=idle&callbackUrl=%2Faccounts%2Fa%2Ftickets",
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
