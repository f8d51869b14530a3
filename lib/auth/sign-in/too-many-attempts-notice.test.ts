import { describe, expect, it } from "vitest";
import { signInErrorCodes, signInNotice, tooManyAttemptsError } from "./sign-in-messages";

describe("the sign-in page's notice for a throttled attempt", () => {
  it("tells the person how many seconds to wait, as an error", () => {
    expect(signInNotice({ error: tooManyAttemptsError(37) })).toEqual({
      tone: "error",
      text: "Too many attempts — try again in 37 s",
    });
  });

  it("reads the code as next-auth hands it back from the URL", () => {
    const fromUrl = new URL(`http://x/?error=${encodeURIComponent(tooManyAttemptsError(900))}`);
    expect(signInNotice({ error: fromUrl.searchParams.get("error") ?? "" })?.text).toBe(
      "Too many attempts — try again in 900 s",
    );
  });

  it("rounds a wait up to whole seconds, at least one", () => {
    expect(tooManyAttemptsError(0.2)).toBe("TooManyAttempts:1");
    expect(tooManyAttemptsError(36.1)).toBe("TooManyAttempts:37");
  });

  it("falls back to the general text for a malformed code", () => {
    for (const error of ["TooManyAttempts:", "TooManyAttempts:soon", "TooManyAttempts:1e9"]) {
      expect(signInNotice({ error })?.text).toMatch(/didn't complete/);
    }
  });

  it("has words for a throttle that cannot count", () => {
    expect(signInNotice({ error: signInErrorCodes.throttleUnavailable })?.text).toMatch(
      /unavailable right now/,
    );
  });
});
