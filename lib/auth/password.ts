import "server-only";
import bcrypt from "bcryptjs";
import { bcryptCost, type Person } from "./users-file";

/**
 * Checks a password in the same bcrypt time whether or not the email exists or
 * has a password, so the response time says nothing about either.
 */
// A hash of a random string nobody knows, at the same cost as real ones.
const decoyHash = bcrypt.hashSync(crypto.randomUUID(), bcryptCost);

export async function verifyPassword(
  person: Person | undefined,
  password: string,
): Promise<boolean> {
  const hash = person?.passwordHash;
  const matches = await bcrypt.compare(password, hash ?? decoyHash);
  return matches && hash !== undefined;
}
