import bcrypt from "bcryptjs";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { audit } from "@/lib/audit/audit-log";
import { openSqlite } from "@/lib/storage/sqlite-database";
import { bcryptCost, type Person } from "../users/users-file";
import {
  credentialsProvider,
  maxEmailLength,
  type SignInDependencies,
  signInWithPassword,
} from "./credentials-provider";
import { peerAddressHeader } from "./peer-address";
import { signInLimits, signInThrottleWith, sqliteLimiters } from "./throttle";

vi.mock("@/lib/audit/audit-log", () => ({ audit: vi.fn() }));

const password = "correct horse";
let ada: Person;
let dependencies: SignInDependencies;

beforeAll(async () => {
  ada = {
    email: "ada@example.com",
    name: "Ada Lovelace",
    passwordHash: await bcrypt.hash(password, bcryptCost),
    actsFor: { accounts: ["6f1c2b1e-5a4b-4c3d-9e8f-0a1b2c3d4e5f"] },
  };
});

beforeEach(async () => {
  vi.mocked(audit).mockClear();
  const throttle = signInThrottleWith(await sqliteLimiters(openSqlite(":memory:")));
  dependencies = {
    throttle: async () => throttle,
    personByEmail: vi.fn((email: string) => (email === ada.email ? ada : undefined)),
    trustedProxyHops: () => 0,
  };
});

const fromPeer = (peer: string, forwardedFor = "198.51.100.1") => ({
  [peerAddressHeader]: peer,
  "x-forwarded-for": forwardedFor,
});

const signIn = (email: string, typed: string, headers = fromPeer("203.0.113.5")) =>
  signInWithPassword({ email, password: typed }, headers, dependencies);

async function wrongGuesses(count: number, email = "ada@example.com"): Promise<void> {
  for (let i = 0; i < count; i++) await signIn(email, "wrong");
}

describe("signing in with a password", () => {
  it("says who signed in, and nothing more", async () => {
    expect(await signIn("  Ada@Example.com ", password)).toEqual({
      id: "ada@example.com",
      email: "ada@example.com",
      name: "Ada Lovelace",
    });
  });

  it("refuses a wrong password and an unknown email alike, and audits both", async () => {
    expect(await signIn("ada@example.com", "wrong")).toBeNull();
    expect(await signIn("Nobody@example.com", password)).toBeNull();
    expect(vi.mocked(audit).mock.calls.map(([entry]) => entry)).toEqual([
      {
        action: "session.sign-in",
        actor: "ada@example.com",
        outcome: "denied",
        code: "wrong-credentials",
      },
      {
        action: "session.sign-in",
        actor: "nobody@example.com",
        outcome: "denied",
        code: "wrong-credentials",
      },
    ]);
  });

  it("answers 'too many attempts' with the seconds to wait, even to the right password", async () => {
    // The clock stands still, so the wait is exact however slow the guesses are.
    vi.useFakeTimers({ now: Date.now(), toFake: ["Date"] });
    await wrongGuesses(signInLimits.email.points);
    const message = await signIn("ada@example.com", password).then(
      () => "signed in",
      (error: Error) => error.message,
    );
    const [code, seconds] = message.split(":");
    expect(code).toBe("TooManyAttempts");
    expect(Number(seconds)).toBe(signInLimits.email.duration);
    vi.useRealTimers();
    expect(vi.mocked(audit)).toHaveBeenLastCalledWith({
      action: "session.sign-in",
      actor: "ada@example.com",
      outcome: "denied",
      code: "throttled",
    });
  });

  it("throttles one machine that rotates its X-Forwarded-For and the email", async () => {
    const outcomes: string[] = [];
    for (let i = 0; i < 15; i++) {
      const headers = fromPeer("::ffff:127.0.0.1", `10.1.${i}.1, 192.0.2.${i}`);
      outcomes.push(
        await signIn(`guess-${i}@example.com`, "wrong", headers).then(
          () => "refused",
          () => "throttled",
        ),
      );
    }
    expect(outcomes.indexOf("throttled") + 1).toBe(signInLimits.address.points + 1);
  });

  it("starts the email afresh after a success", async () => {
    await wrongGuesses(signInLimits.email.points - 1);
    expect(await signIn("ada@example.com", password)).not.toBeNull();
    await wrongGuesses(signInLimits.email.points - 1);
    expect(await signIn("ada@example.com", password)).not.toBeNull();
  });

  it("refuses an email longer than any address without looking it up", async () => {
    const long = `${"a".repeat(maxEmailLength)}@example.com`;
    expect(await signIn(long, password)).toBeNull();
    expect(dependencies.personByEmail).not.toHaveBeenCalled();
    expect(vi.mocked(audit).mock.calls[0]?.[0].actor).toHaveLength(maxEmailLength);
  });

  it("refuses empty fields without counting them", async () => {
    expect(await signIn("", password)).toBeNull();
    expect(await signIn("ada@example.com", "")).toBeNull();
    expect(audit).not.toHaveBeenCalled();
  });

  it("refuses to check a password when attempts cannot be counted", async () => {
    const broken = { ...dependencies, throttle: () => Promise.reject(new Error("disk full")) };
    vi.spyOn(console, "error").mockImplementation(() => {});
    await expect(
      signInWithPassword({ email: "ada@example.com", password }, {}, broken),
    ).rejects.toThrow(/^SignInUnavailable$/);
  });
});

describe("credentialsProvider", () => {
  it("is next-auth's credentials provider with an email and a password field", () => {
    // next-auth 4 keeps what we passed under `options` and merges it over its defaults at run time.
    const { options } = credentialsProvider as typeof credentialsProvider & {
      options: Partial<typeof credentialsProvider>;
    };
    expect(credentialsProvider.type).toBe("credentials");
    expect(options).toMatchObject({ id: "credentials", name: "Email and password" });
    expect(Object.keys(options.credentials ?? {})).toEqual(["email", "password"]);
  });
});
