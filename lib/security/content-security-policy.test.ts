import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, securityHeaders } from "./content-security-policy";

describe("contentSecurityPolicy", () => {
  it("allows scripts only with the nonce and forbids framing", () => {
    const csp = contentSecurityPolicy("abc123", { dev: false });
    const script = csp.split("; ").find((directive) => directive.startsWith("script-src "));
    expect(script).toBe("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(csp).not.toContain("unsafe-inline' 'nonce");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("connect-src 'self'");
  });

  it("upgrades insecure requests in production, except over plain http on loopback", () => {
    expect(contentSecurityPolicy("n", { dev: false })).toContain("upgrade-insecure-requests");
    expect(contentSecurityPolicy("n", { dev: false, loopbackHTTP: true })).not.toContain(
      "upgrade-insecure-requests",
    );
  });

  it("allows eval only in development", () => {
    expect(contentSecurityPolicy("n", { dev: true })).toContain("'unsafe-eval'");
    expect(contentSecurityPolicy("n", { dev: false })).not.toContain("'unsafe-eval'");
  });
});

describe("securityHeaders", () => {
  it("sends HSTS only in production", () => {
    expect(securityHeaders({ production: true })["Strict-Transport-Security"]).toContain(
      "max-age=",
    );
    expect(securityHeaders({ production: false })["Strict-Transport-Security"]).toBeUndefined();
    expect(securityHeaders({ production: false })["X-Content-Type-Options"]).toBe("nosniff");
  });
});
