import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/sign-in/password";
import { parseUsersFile } from "@/lib/auth/users/users-file";
import { e2eUsersFileText } from "./e2e-users-file";

const root = path.resolve(import.meta.dirname, "..");
const demoText = readFileSync(path.join(root, "demo/users.json"), "utf8");
const { signIns } = JSON.parse(readFileSync(path.join(root, "demo/sign-ins.json"), "utf8")) as {
  signIns: Array<{ email: string; password: string }>;
};

const costOf = (hash: string | undefined) => hash?.match(/^\$2[aby]\$(\d{2})\$/)?.[1];

describe("the E2E users file", () => {
  const demo = parseUsersFile(demoText, "demo/users.json");
  const e2e = parseUsersFile(e2eUsersFileText(), "E2E users file");

  it("holds the demo's people with the same access, only their hashes made at cost 4", () => {
    expect(e2e.users.map(({ passwordHash, ...rest }) => rest)).toEqual(
      demo.users.map(({ passwordHash, ...rest }) => rest),
    );
    expect(e2e.users.map((person) => costOf(person.passwordHash))).toEqual([
      "04",
      "04",
      "04",
      "04",
    ]);
  });

  it("lets each demo person sign in with the published password, and refuses a wrong one", async () => {
    expect(signIns).toHaveLength(4);
    for (const { email, password } of signIns) {
      const person = e2e.users.find((entry) => entry.email === email);
      expect(await verifyPassword(person, password), email).toBe(true);
      expect(await verifyPassword(person, `${password}-not`), email).toBe(false);
    }
  });

  // Four checks at cost 12 take a few seconds, far more on a busy machine.
  it("comes from a demo file whose cost-12 hashes sign in with the same passwords", {
    timeout: 60_000,
  }, async () => {
    expect(demo.users.map((person) => costOf(person.passwordHash))).toEqual([
      "12",
      "12",
      "12",
      "12",
    ]);
    for (const { email, password } of signIns) {
      const person = demo.users.find((entry) => entry.email === email);
      expect(await verifyPassword(person, password), email).toBe(true);
    }
  });
});
