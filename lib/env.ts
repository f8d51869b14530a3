import "server-only";
import { z } from "zod";
import { defaultWaitingThresholds } from "@/lib/tickets/waiting-thresholds";

/**
 * The server's configuration, parsed once. A missing or malformed variable stops
 * start-up (see instrumentation.ts) with a message naming it, instead of failing
 * later inside a request.
 */
const optionalString = z
  .string()
  .trim()
  .transform((value) => (value === "" ? undefined : value))
  .optional();

const seconds = (fallback: number) => z.coerce.number().int().positive().default(fallback);

/** Up to a year; fractions allowed (0.5 is half an hour). */
const hours = (fallback: number) =>
  z.coerce
    .number()
    .positive()
    .max(24 * 365)
    .default(fallback);

const loopbackHosts = new Set(["127.0.0.1", "localhost", "[::1]", "::1"]);

/** Plain http only to this machine (the emulator): a Moov token never crosses a network in clear. */
export function isLoopbackOrHttps(value: string): boolean {
  if (!URL.canParse(value)) return true; // the URL check itself reports it
  const url = new URL(value);
  return (
    url.protocol === "https:" || loopbackHosts.has(url.hostname) || /^127\./.test(url.hostname)
  );
}

/** 32 bytes, base64 (openssl rand -base64 32): the AES-256-GCM key for tokens at rest. */
const encryptionKey = z
  .string()
  .trim()
  .refine(
    (value) => Buffer.from(value, "base64").length === 32 && /^[A-Za-z0-9+/_-]+=*$/.test(value),
    "must be 32 random bytes, base64-encoded (openssl rand -base64 32)",
  );

const flag = z
  .enum(["true", "false", "1", "0", ""])
  .default("false")
  .transform((value) => value === "true" || value === "1");

export const envSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    MOOV_API_URL: z
      .url({ protocol: /^https?$/ })
      .refine(isLoopbackOrHttps, "must be https (plain http only for a loopback address)"),
    MOOV_PUBLIC_KEY: z.string().min(1),
    MOOV_PRIVATE_KEY: z.string().min(1),
    MOOV_PLATFORM_ACCOUNT_ID: z.uuid(),
    MOOV_API_VERSION: z
      .string()
      .regex(/^v\d{4}\.\d{2}\.\d{2}$/, "must look like v2026.04.00")
      .default("v2026.04.00"),
    MOOV_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
    MOOV_WEBHOOK_SECRET: optionalString,
    NEXTAUTH_URL: z.url().optional(),
    NEXTAUTH_SECRET: z.string().min(32, "must be at least 32 characters (openssl rand -base64 32)"),
    USERS_FILE: z.string().min(1),
    SESSION_MAX_AGE: seconds(8 * 60 * 60),
    SESSION_IDLE_TIMEOUT: seconds(30 * 60),
    OIDC_ISSUER: optionalString.pipe(z.url().optional()),
    OIDC_CLIENT_ID: optionalString,
    OIDC_CLIENT_SECRET: optionalString,
    OIDC_NAME: z.string().default("Company SSO"),
    REDIS_URL: optionalString,
    /** Encrypts the Moov tokens kept in the session store. */
    SESSION_ENCRYPTION_KEY: encryptionKey,
    /** The embedded database (sessions, sign-in throttle); ":memory:" for tests. */
    DATA_DB_PATH: z.string().trim().min(1).default(".data/support-desk.sqlite"),
    /** Proxies in front of the app that append to X-Forwarded-For; 0: trust none of it. */
    TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
    /** SSO: accept an identity whose provider does not say email_verified: true. */
    SSO_ALLOW_UNVERIFIED_EMAIL: flag,
    /** How often an open live stream re-checks its session (at most 30 s). */
    LIVE_SESSION_RECHECK_SECONDS: z.coerce.number().int().min(1).max(30).default(30),
    /**
     * Calls per second the app sends Moov about any one account (and to its
     * token endpoint): Moov allows 40 per IP per account in production, 10 in
     * sandbox. 0 turns the pacing off.
     */
    MOOV_RATE_LIMIT_PER_SECOND: z.coerce.number().min(0).max(1000).default(40),
    /** Accounts the all-accounts views read from Moov at once. */
    ALL_ACCOUNTS_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(8),
    /**
     * How long an account's ticket lists may be served from the server's cache
     * when no webhook said they changed; 0 turns the cache off.
     */
    ALL_ACCOUNTS_CACHE_MAX_AGE_SECONDS: z.coerce.number().int().min(0).max(3600).default(120),
    /**
     * Hours since an open ticket's latest message after which its waiting line
     * says "ageing" (amber) and "overdue" (red); red must come after amber.
     */
    WAITING_AMBER_HOURS: hours(defaultWaitingThresholds.amberHours),
    WAITING_RED_HOURS: hours(defaultWaitingThresholds.redHours),
  })
  .superRefine((env, ctx) => {
    if (env.WAITING_RED_HOURS <= env.WAITING_AMBER_HOURS) {
      ctx.addIssue({
        code: "custom",
        path: ["WAITING_RED_HOURS"],
        message: `must be more than WAITING_AMBER_HOURS (${env.WAITING_AMBER_HOURS})`,
      });
    }
    const oidc = [env.OIDC_ISSUER, env.OIDC_CLIENT_ID, env.OIDC_CLIENT_SECRET];
    if (oidc.some(Boolean) && !oidc.every(Boolean)) {
      ctx.addIssue({
        code: "custom",
        path: ["OIDC_ISSUER"],
        message: "OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET must be set together",
      });
    }
  });

export type Env = z.infer<typeof envSchema>;

export class EnvError extends Error {
  override name = "EnvError";
}

let cached: Env | undefined;

/** The parsed environment; parsing happens on first use and at start-up. */
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

/** Parses a raw environment; the error message lists every offending variable by name. */
export function parseEnv(raw: Record<string, string | undefined>): Env {
  const result = envSchema.safeParse(raw);
  if (result.success) return result.data;
  throw new EnvError(describeEnvIssues(result.error, raw));
}

function describeEnvIssues(error: z.ZodError, raw: Record<string, string | undefined>): string {
  const lines = error.issues.map((issue) => {
    const name = issue.path.join(".") || "(environment)";
    const value = raw[name];
    const missing = value === undefined || value.trim() === "";
    return `  - ${name}: ${missing && issue.code === "invalid_type" ? "is missing" : issue.message}`;
  });
  return `Invalid environment (see .env.example):\n${lines.join("\n")}`;
}

/** Start-up check: prints what is wrong and stops the process. */
export function exitOnInvalidEnv(): void {
  try {
    env();
  } catch (error) {
    if (!(error instanceof EnvError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}
