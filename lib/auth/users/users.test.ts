import { chmodSync, mkdtempSync, renameSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeEach, describe, expect, it, vi } from "vitest";

const settings = vi.hoisted(() => ({ USERS_FILE: "" }));
vi.mock("@/lib/env", () => ({ env: () => settings }));
const { assertNotWritableByOthers, usersFile } = await import("./users");
const { UsersFileError } = await import("./users-file");

const account = "5b0f8c6e-2d1a-4c3e-9f7a-000000000002";
const person = (email: string) => ({ email, name: email, actsFor: { accounts: [account] } });
const fileWith = (...emails: string[]) => JSON.stringify({ users: emails.map(person) });

function write(file: string, text: string, mode = 0o600) {
  // Written aside and renamed in, as editors and users:add do.
  const temporary = `${file}.tmp`;
  writeFileSync(temporary, text, { mode });
  chmodSync(temporary, mode);
  renameSync(temporary, file);
}

describe("the users file", () => {
  let file: string;
  let clock = 1_000_000;
  beforeEach(() => {
    file = path.join(mkdtempSync(path.join(tmpdir(), "users-")), "users.json");
    settings.USERS_FILE = file;
    clock += 60_000;
  });

  it("is read again after a change, without a restart", () => {
    write(file, fileWith("ana@example.com", "bo@example.com"));
    expect(usersFile(clock).users).toHaveLength(2);
    write(file, fileWith("ana@example.com"));
    // Within the re-check interval the file is not looked at again…
    expect(usersFile(clock + 500).users).toHaveLength(2);
    // …after it, the change is in force.
    expect(usersFile(clock + 2_500).users.map((each) => each.email)).toEqual(["ana@example.com"]);
  });

  it("keeps the last good version when an edit breaks the file", () => {
    write(file, fileWith("ana@example.com"));
    expect(usersFile(clock).users).toHaveLength(1);
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    write(file, "{ not json");
    expect(usersFile(clock + 5_000).users).toHaveLength(1);
    expect(error).toHaveBeenCalled();
    error.mockRestore();
  });

  it("is refused when group or others may write it", () => {
    write(file, fileWith("ana@example.com"), 0o664);
    expect(() => assertNotWritableByOthers(file)).toThrow(UsersFileError);
    expect(() => assertNotWritableByOthers(file)).toThrow(/writable by its group.*chmod go-w/);
    chmodSync(file, 0o602);
    expect(() => assertNotWritableByOthers(file)).toThrow(/writable by others/);
    chmodSync(file, 0o644);
    expect(() => assertNotWritableByOthers(file)).not.toThrow();
  });
});
