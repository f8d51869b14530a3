import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { findPerson, kindOf, loadUsersFile, parseUsersFile, UsersFileError } from "./users-file";

const hash = "$2b$12$XDgs/Hv1KnRRjRYBJlsq/ORbZvSrv/7R0JHJLWYziAmlUuiYKzzUu";
const partner = "5b0f8c6e-2d1a-4c3e-9f7a-000000000001";
const merchant = "5b0f8c6e-2d1a-4c3e-9f7a-000000000002";

function fileWith(...users: unknown[]): string {
  return JSON.stringify({ users }, null, 2);
}

function errorOf(text: string): string {
  try {
    parseUsersFile(text, "users.json");
  } catch (error) {
    expect(error).toBeInstanceOf(UsersFileError);
    return (error as Error).message;
  }
  throw new Error("expected the file to be refused");
}

const valid = {
  email: "Ana@Example.com",
  name: "Ana",
  passwordHash: hash,
  actsFor: { accounts: [merchant] },
};

describe("parseUsersFile", () => {
  it("reads account and partner agents, lower-casing emails", () => {
    const file = parseUsersFile(
      fileWith(valid, { email: "p@x.example", name: "P", actsFor: { partner, connected: "*" } }),
    );
    expect(file.users[0]?.email).toBe("ana@example.com");
    expect(kindOf(file.users[0] ?? valid)).toBe("account");
    expect(file.users[1]?.passwordHash).toBeUndefined();
    expect(findPerson(file, " ANA@example.com ")?.name).toBe("Ana");
  });

  it("names the line and column of a JSON syntax error", () => {
    expect(errorOf('{\n  "users": [\n    { email: "x" }\n  ]\n}')).toMatch(
      /users\.json: invalid JSON at line 3, column 7/,
    );
  });

  it("names the field path of a bad partner ID", () => {
    const text = fileWith(valid, valid, {
      email: "p@x.example",
      name: "P",
      actsFor: { partner: "harbor", connected: "*" },
    });
    expect(errorOf(text)).toContain("users[2].actsFor.partner: must be a Moov account ID");
  });

  it("names a bad connected value", () => {
    const text = fileWith({
      email: "p@x.example",
      name: "P",
      actsFor: { partner, connected: "all" },
    });
    expect(errorOf(text)).toContain("users[0].actsFor.connected");
  });

  it("refuses a plain-text password", () => {
    const text = fileWith({ ...valid, passwordHash: undefined, password: "hunter2hunter2" });
    expect(errorOf(text)).toMatch(
      /users\[0\]: unknown field password \(store a bcrypt passwordHash/,
    );
  });

  it("refuses a password hash that is not bcrypt", () => {
    expect(
      errorOf(fileWith({ ...valid, passwordHash: "5f4dcc3b5aa765d61d8327deb882cf99" })),
    ).toContain("users[0].passwordHash: must be a bcrypt hash");
  });

  it("refuses a missing name, a bad email and an empty account list", () => {
    const message = errorOf(fileWith({ email: "not-an-email", actsFor: { accounts: [] } }));
    expect(message).toContain("users[0].email: must be an email address");
    expect(message).toContain("users[0].name: is missing");
    expect(message).toContain("users[0].actsFor.accounts: must list at least one account ID");
  });

  it("refuses an actsFor of neither shape", () => {
    expect(errorOf(fileWith({ ...valid, actsFor: {} }))).toContain(
      "users[0].actsFor.accounts: is missing",
    );
  });

  it("refuses the same email twice, whatever its case", () => {
    expect(errorOf(fileWith(valid, { ...valid, email: "ana@example.COM" }))).toContain(
      "users[1].email: repeats the email of users[0]",
    );
  });

  it("refuses a file without a users list", () => {
    expect(errorOf("[]")).toContain("(file)");
  });
});

describe("loadUsersFile", () => {
  it("reads a file from a path and names it in errors", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "users-"));
    const good = path.join(dir, "good.json");
    writeFileSync(good, fileWith(valid));
    expect(loadUsersFile(good).users).toHaveLength(1);
    const bad = path.join(dir, "bad.json");
    writeFileSync(bad, "{");
    expect(() => loadUsersFile(bad)).toThrow(/bad\.json: invalid JSON/);
    expect(() => loadUsersFile(path.join(dir, "missing.json"))).toThrow(/cannot be read/);
  });

  it("accepts the demo users file", () => {
    const file = loadUsersFile(path.join(import.meta.dirname, "../../../demo/users.json"));
    expect(file.users.map((person) => person.email)).toEqual([
      "partner@harbor.example",
      "agent@bluebird.example",
      "ops@cedar.example",
      "support@quayside.example",
    ]);
  });
});
