/**
 * A users file for one run, with fresh random passwords, hashed the way
 * scripts/add-user.ts hashes them and checked with the app's own parser.
 */
import { randomBytes } from "node:crypto";
import { chmodSync, writeFileSync } from "node:fs";
import bcrypt from "bcryptjs";
import { type ActsFor, bcryptCost, parseUsersFile } from "../../lib/auth/users/users-file";

export type BenchUser = { email: string; name: string; actsFor: ActsFor; password: string };

export async function writeUsersFile(
  file: string,
  people: Array<Omit<BenchUser, "password">>,
): Promise<BenchUser[]> {
  const users = people.map((person) => ({
    ...person,
    password: randomBytes(18).toString("base64url"),
  }));
  const hashed = await Promise.all(
    users.map(async ({ password, ...person }) => ({
      ...person,
      passwordHash: await bcrypt.hash(password, bcryptCost),
    })),
  );
  const text = `${JSON.stringify({ users: hashed }, null, 2)}\n`;
  parseUsersFile(text, file);
  // The app refuses a users file others may write; `mode` alone applies only when the file is new.
  writeFileSync(file, text, { mode: 0o600 });
  chmodSync(file, 0o600);
  return users;
}
