import { describe, expect, it } from "vitest";
import { safeRedirectPath } from "./safe-redirect";
import { isSameOriginRequest } from "./same-origin";

const app = "http://127.0.0.1:3110";

describe("safeRedirectPath", () => {
  it("keeps the app's own paths, relative or absolute", () => {
    expect(safeRedirectPath("/accounts/x/tickets?status=open", app)).toBe(
      "/accounts/x/tickets?status=open",
    );
    expect(safeRedirectPath("http://127.0.0.1:3110/accounts/x/tickets#t", app)).toBe(
      "/accounts/x/tickets#t",
    );
  });

  it("refuses every target that a browser would take off the app", () => {
    for (const bad of [
      // as they arrive once the query string is decoded
      "/\t/evil.example",
      "/\n/evil.example",
      "/\r/evil.example",
      "//evil.example",
      "/\\evil.example",
      "\\\\evil.example",
      "https://evil.example",
      "http://127.0.0.1:3111/",
      "javascript:alert(1)",
      " //evil.example",
      // still encoded, should they be decoded once more downstream
      "/%09/evil.example",
      "/%0a/evil.example",
      "/%5Cevil.example",
      "",
      undefined,
      42,
    ]) {
      expect(safeRedirectPath(bad, app, "/fallback")).toBe("/fallback");
    }
  });
});

function post(headers: Record<string, string>): Request {
  return new Request(`${app}/api/auth/sign-out`, { method: "POST", headers });
}

describe("isSameOriginRequest", () => {
  it("accepts the app's own pages", () => {
    expect(isSameOriginRequest(post({ "sec-fetch-site": "same-origin", origin: app }), [app])).toBe(
      true,
    );
    expect(isSameOriginRequest(post({ origin: app }), [app])).toBe(true);
  });

  it("refuses cross-site and origin-less requests", () => {
    expect(
      isSameOriginRequest(
        post({ "sec-fetch-site": "cross-site", origin: "https://evil.example" }),
        [app],
      ),
    ).toBe(false);
    expect(isSameOriginRequest(post({ "sec-fetch-site": "same-site" }), [app])).toBe(false);
    expect(isSameOriginRequest(post({ origin: "https://evil.example" }), [app])).toBe(false);
    expect(isSameOriginRequest(post({ origin: "null" }), [app])).toBe(false);
    expect(isSameOriginRequest(post({}), [app])).toBe(false);
  });
});
