import { describe, expect, it, vi } from "vitest";

const settings = vi.hoisted(() => ({ SSO_ALLOW_UNVERIFIED_EMAIL: false }));
vi.mock("@/lib/env", () => ({ env: () => settings }));
vi.mock("../users/users", () => ({
  personByEmail: (email: string) =>
    email === "ana@example.com"
      ? { email, name: "Ana", actsFor: { accounts: ["5b0f8c6e-2d1a-4c3e-9f7a-000000000002"] } }
      : undefined,
}));
const { ssoPerson } = await import("./auth-options");

describe("who an SSO identity is", () => {
  it("is a person of the users file only when the provider verified the email", () => {
    const user = { email: "ana@example.com" };
    expect(ssoPerson(user, { sub: "1", email_verified: true })?.name).toBe("Ana");
    expect(ssoPerson(user, { sub: "1", email_verified: false })).toBeUndefined();
    expect(ssoPerson(user, { sub: "1" })).toBeUndefined();
    expect(ssoPerson(user, { sub: "1", email_verified: "true" })).toBeUndefined();
    expect(ssoPerson({ email: "eve@example.com" }, { email_verified: true })).toBeUndefined();
  });

  it("may accept an unverified email when the deployment says so", () => {
    settings.SSO_ALLOW_UNVERIFIED_EMAIL = true;
    expect(ssoPerson({ email: "ana@example.com" }, { sub: "1" })?.name).toBe("Ana");
    settings.SSO_ALLOW_UNVERIFIED_EMAIL = false;
  });
});
