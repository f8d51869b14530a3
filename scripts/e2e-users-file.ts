/**
 * Writes the E2E app's users file: demo/users.json with the same people, the
 * same access and the same passwords (demo/sign-ins.json), each hash made at a
 * low bcrypt cost. Only the work factor changes: a cost-12 check takes about a
 * second of the app's one CPU thread and the app checks one password at a
 * time, so the suite's many sign-ins queued behind each other. The demo's own
 * cost-12 hashes are still proven to sign in (e2e/auth/sign-in.spec.ts).
 *
 *   tsx scripts/e2e-users-file.ts <output file>
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import bcrypt from "bcryptjs";

/** bcrypt's lowest cost: the check is still a real bcrypt check, just 256 times cheaper. */
export const e2eBcryptCost = 4;

const root = path.resolve(import.meta.dirname, "..");

type Person = { email: string; passwordHash?: string } & Record<string, unknown>;

export function e2eUsersFileText(): string {
  const demo = JSON.parse(readFileSync(path.join(root, "demo/users.json"), "utf8")) as {
    users: Person[];
  };
  const signIns = JSON.parse(readFileSync(path.join(root, "demo/sign-ins.json"), "utf8")) as {
    signIns: Array<{ email: string; password: string }>;
  };
  const users = demo.users.map((person) => {
    if (person.passwordHash === undefined) return person;
    const signIn = signIns.signIns.find((entry) => entry.email === person.email);
    // A person whose password the demo does not publish keeps the demo's hash.
    if (!signIn) return person;
    return { ...person, passwordHash: bcrypt.hashSync(signIn.password, e2eBcryptCost) };
  });
  return `${JSON.stringify({ users }, null, 2)}\n`;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const output = process.argv[2];
  if (!output) throw new Error("usage: tsx scripts/e2e-users-file.ts <output file>");
  writeFileSync(output, e2eUsersFileText(), { mode: 0o600 });
}
