import "server-only";
import CredentialsProvider from "next-auth/providers/credentials";
import { audit } from "@/lib/audit/audit-log";
import { env } from "@/lib/env";
import { personByEmail, usersFile } from "../users/users";
import type { Person } from "../users/users-file";
import { clientAddress } from "./client-address";
import { decoyCostOf, verifyPassword } from "./password";
import { signInErrorCodes, tooManyAttemptsError } from "./sign-in-messages";
import { type SignInAttempt, type SignInThrottle, signInThrottle } from "./throttle";

/**
 * Email and password sign-in: count the attempt, then check the password. It
 * only says who signed in; the jwt callback (auth-options.ts) mints the Moov
 * tokens and audits the success.
 */

/** RFC 5321 caps a path at 256 octets, two of them the angle brackets. */
export const maxEmailLength = 254;

export type SignedInPerson = { id: string; email: string; name: string };

type Credentials = { email?: unknown; password?: unknown } | undefined;

export type SignInDependencies = {
  throttle: () => Promise<SignInThrottle>;
  personByEmail: (email: string) => Person | undefined;
  trustedProxyHops: () => number;
  /** The bcrypt cost an unknown email's check takes (the users file's highest). */
  decoyCost?: () => number;
};

const liveDependencies: SignInDependencies = {
  throttle: signInThrottle,
  personByEmail,
  trustedProxyHops: () => env().TRUSTED_PROXY_HOPS,
  decoyCost: () => decoyCostOf(usersFile().users),
};

/**
 * Resolves to the person, or null for a wrong email or password; throws
 * Error("TooManyAttempts:<seconds>") when throttled, which next-auth hands the
 * sign-in form as its `error`.
 */
export async function signInWithPassword(
  credentials: Credentials,
  headers: Headers | Record<string, unknown>,
  dependencies: SignInDependencies = liveDependencies,
): Promise<SignedInPerson | null> {
  const typed = String(credentials?.email ?? "")
    .trim()
    .toLowerCase();
  const password = String(credentials?.password ?? "");
  if (!typed || !password) return null;
  // Longer than any address can be: refused like a wrong password, after the
  // same bcrypt time, and counted under its first 254 characters.
  const email = typed.slice(0, maxEmailLength);
  const attempt: SignInAttempt = {
    email,
    address: clientAddress(headers, dependencies.trustedProxyHops()),
  };

  const verdict = await throttleVerdict(dependencies, attempt);
  if (verdict.throttled) {
    audit({ action: "session.sign-in", actor: email, outcome: "denied", code: "throttled" });
    throw new Error(tooManyAttemptsError(verdict.retryAfterSeconds));
  }

  const person = typed.length <= maxEmailLength ? dependencies.personByEmail(email) : undefined;
  if (!(await verifyPassword(person, password, dependencies.decoyCost?.())) || !person) {
    // The email as typed: repeated refusals for one address are what an audit is read for.
    audit({
      action: "session.sign-in",
      actor: email,
      outcome: "denied",
      code: "wrong-credentials",
    });
    return null;
  }
  await (await dependencies.throttle()).succeeded(attempt);
  return { id: person.email, email: person.email, name: person.name };
}

/** A throttle that cannot count refuses the sign-in: unlimited guessing is worse than a retry. */
async function throttleVerdict(dependencies: SignInDependencies, attempt: SignInAttempt) {
  try {
    return await (await dependencies.throttle()).attempt(attempt);
  } catch (error) {
    console.error("sign-in throttle unavailable", error);
    throw new Error(signInErrorCodes.throttleUnavailable);
  }
}

export const credentialsProvider = CredentialsProvider({
  id: "credentials",
  name: "Email and password",
  credentials: {
    email: { label: "Email", type: "email" },
    password: { label: "Password", type: "password" },
  },
  authorize: (input, request) => signInWithPassword(input, request.headers ?? {}),
});
