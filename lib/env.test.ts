import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "./env";

const valid = {
  MOOV_API_URL: "http://127.0.0.1:4010",
  MOOV_PUBLIC_KEY: "pk_test",
  MOOV_PRIVATE_KEY: "sk_test",
  MOOV_PLATFORM_ACCOUNT_ID: "5b0f8c6e-2d1a-4c3e-9f7a-000000000001",
  NEXTAUTH_SECRET: "x".repeat(32),
  USERS_FILE: "demo/users.json",
  SESSION_ENCRYPTION_KEY: Buffer.alloc(32, 9).toString("base64"),
};

function messageFor(raw: Record<string, string | undefined>): string {
  try {
    parseEnv(raw);
  } catch (error) {
    if (error instanceof EnvError) return error.message;
    throw error;
  }
  throw new Error("expected parseEnv to fail");
}

describe("parseEnv", () => {
  it("applies the documented defaults", () => {
    const env = parseEnv(valid);
    expect(env.MOOV_API_VERSION).toBe("v2026.04.00");
    expect(env.MOOV_TIMEOUT_MS).toBe(10_000);
    expect(env.SESSION_MAX_AGE).toBe(8 * 60 * 60);
    expect(env.OIDC_ISSUER).toBeUndefined();
  });

  it("names every missing variable", () => {
    const message = messageFor({ ...valid, MOOV_PUBLIC_KEY: undefined, USERS_FILE: "" });
    expect(message).toContain("MOOV_PUBLIC_KEY: is missing");
    expect(message).toContain("USERS_FILE");
  });

  it("names a malformed variable and says what is wrong", () => {
    const message = messageFor({ ...valid, MOOV_API_VERSION: "2022", MOOV_API_URL: "not a url" });
    expect(message).toContain("MOOV_API_VERSION: must look like v2026.04.00");
    expect(message).toContain("MOOV_API_URL");
  });

  it("rejects a short NEXTAUTH_SECRET", () => {
    expect(messageFor({ ...valid, NEXTAUTH_SECRET: "short" })).toContain("NEXTAUTH_SECRET");
  });

  it("requires the three OIDC variables together", () => {
    const message = messageFor({ ...valid, OIDC_ISSUER: "https://sso.example.com" });
    expect(message).toContain(
      "OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET must be set together",
    );
    const env = parseEnv({
      ...valid,
      OIDC_ISSUER: "https://sso.example.com",
      OIDC_CLIENT_ID: "desk",
      OIDC_CLIENT_SECRET: "secret",
    });
    expect(env.OIDC_CLIENT_ID).toBe("desk");
  });

  it("refuses plain http to anything but this machine", () => {
    expect(messageFor({ ...valid, MOOV_API_URL: "http://api.moov.io" })).toContain(
      "MOOV_API_URL: must be https (plain http only for a loopback address)",
    );
    expect(messageFor({ ...valid, MOOV_API_URL: "http://10.0.0.5:4010" })).toContain(
      "MOOV_API_URL",
    );
    expect(parseEnv({ ...valid, MOOV_API_URL: "https://api.moov.io" }).MOOV_API_URL).toBe(
      "https://api.moov.io",
    );
    expect(parseEnv({ ...valid, MOOV_API_URL: "http://localhost:4010" }).MOOV_API_URL).toBe(
      "http://localhost:4010",
    );
  });

  it("requires a 32-byte session encryption key and documents the session defaults", () => {
    expect(messageFor({ ...valid, SESSION_ENCRYPTION_KEY: undefined })).toContain(
      "SESSION_ENCRYPTION_KEY: is missing",
    );
    expect(
      messageFor({ ...valid, SESSION_ENCRYPTION_KEY: Buffer.alloc(16).toString("base64") }),
    ).toContain("SESSION_ENCRYPTION_KEY: must be 32 random bytes");
    const env = parseEnv(valid);
    expect(env.DATA_DB_PATH).toBe(".data/support-desk.sqlite");
    expect(env.TRUSTED_PROXY_HOPS).toBe(0);
    expect(env.SSO_ALLOW_UNVERIFIED_EMAIL).toBe(false);
    expect(env.LIVE_SESSION_RECHECK_SECONDS).toBe(30);
    expect(messageFor({ ...valid, LIVE_SESSION_RECHECK_SECONDS: "60" })).toContain(
      "LIVE_SESSION_RECHECK_SECONDS",
    );
  });

  it("reads the waiting thresholds in hours, 24 and 72 by default, red after amber", () => {
    const defaults = parseEnv(valid);
    expect([defaults.WAITING_AMBER_HOURS, defaults.WAITING_RED_HOURS]).toEqual([24, 72]);
    const set = parseEnv({ ...valid, WAITING_AMBER_HOURS: "0.5", WAITING_RED_HOURS: "8" });
    expect([set.WAITING_AMBER_HOURS, set.WAITING_RED_HOURS]).toEqual([0.5, 8]);
    expect(messageFor({ ...valid, WAITING_AMBER_HOURS: "48", WAITING_RED_HOURS: "48" })).toContain(
      "WAITING_RED_HOURS: must be more than WAITING_AMBER_HOURS (48)",
    );
    expect(messageFor({ ...valid, WAITING_RED_HOURS: "12" })).toContain(
      "WAITING_RED_HOURS: must be more than WAITING_AMBER_HOURS (24)",
    );
    expect(messageFor({ ...valid, WAITING_AMBER_HOURS: "soon" })).toContain("WAITING_AMBER_HOURS");
    expect(messageFor({ ...valid, WAITING_AMBER_HOURS: "-1" })).toContain("WAITING_AMBER_HOURS");
  });
});
