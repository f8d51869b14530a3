import "server-only";
import { randomBytes } from "node:crypto";
import bcrypt from "bcryptjs";
import { bcryptCost, type Person } from "../users/users-file";
import { concurrencyLimit } from "./concurrency-limit";

// A salt at the real cost and a random digest: no password hashes to it, and
// unlike hashing a random string it costs nothing at start-up. One per cost.
const decoys = new Map<number, string>();
function decoyHash(cost: number): string {
  let hash = decoys.get(cost);
  if (!hash) {
    hash = `${bcrypt.genSaltSync(cost)}${bcrypt.encodeBase64(randomBytes(23), 23)}`;
    decoys.set(cost, hash);
  }
  return hash;
}

/**
 * The cost an unknown email's check must take: the highest of the users
 * file's hashes, so no known email ever checks slower than an unknown one
 * (bcryptCost when the file has no password at all).
 */
export function decoyCostOf(people: readonly Person[]): number {
  const costs = people.flatMap((person) =>
    person.passwordHash ? [bcrypt.getRounds(person.passwordHash)] : [],
  );
  return costs.length > 0 ? Math.max(...costs) : bcryptCost;
}

// bcryptjs is pure JavaScript on the one event-loop thread. Its async compare
// yields (setImmediate) about every 100 ms, but parallel compares share the
// thread: measured at cost 12, one compare stalls the loop ~90 ms, two ~200 ms,
// four ~400 ms, with the same total throughput. One slot keeps every other
// request's stall at one slice; waiting sign-ins queue in arrival order, and the
// wait is the same for known and unknown emails.
const passwordChecks = concurrencyLimit(1);

/**
 * Checks a password in the same bcrypt time whether or not the email exists or
 * has a password, so the response time says nothing about either.
 */
export function verifyPassword(
  person: Person | undefined,
  password: string,
  decoyCost = bcryptCost,
): Promise<boolean> {
  const hash = person?.passwordHash;
  return passwordChecks(async () => {
    const matches = await bcrypt.compare(password, hash ?? decoyHash(decoyCost));
    return matches && hash !== undefined;
  });
}
