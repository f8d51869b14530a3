import "server-only";
import type { AuthOptions, User } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { audit } from "@/lib/audit/audit-log";
import { env } from "@/lib/env";
import { revokeTokens } from "./moov-tokens";
import { verifyPassword } from "./password";
import { homeAccount } from "./scopes";
import { allTokens, parseClaims, type SessionClaims } from "./session-claims";
import { secureCookies } from "./session-cookie";
import { startSession } from "./session-keeper";
import { signInErrorCodes } from "./sign-in-messages";
import { emailThrottle, ipThrottle } from "./throttle";
import { personByEmail } from "./users";
import type { Person } from "./users-file";

/**
 * next-auth 4 with JWT sessions. The Moov tokens are minted at sign-in and
 * live only in the encrypted JWT; the session callback hands the browser the
 * person's name, email, kind of agent and current account, never a token.
 */
export const ssoProviderID = "sso";

type SignedInUser = User & { claims?: SessionClaims };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function clientIP(headers: Record<string, unknown> | undefined): string {
  const forwarded = headers?.["x-forwarded-for"];
  const first = typeof forwarded === "string" ? forwarded.split(",")[0]?.trim() : undefined;
  const real = headers?.["x-real-ip"];
  return first || (typeof real === "string" ? real : "unknown");
}

/** The session's first Moov tokens; the sign-in is audited either way (`via`: which provider). */
async function sessionClaimsFor(person: Person, via: string): Promise<SessionClaims> {
  const action = "session.sign-in";
  try {
    const claims = await startSession(person, homeAccount(person.actsFor));
    audit({ action, actor: person.email, accountID: claims.acct, outcome: "ok", code: via });
    return claims;
  } catch (error) {
    console.error("auth: could not mint the session's Moov tokens", (error as Error).name);
    audit({
      action,
      actor: person.email,
      outcome: "failed",
      code: signInErrorCodes.moovUnavailable,
    });
    throw new Error(signInErrorCodes.moovUnavailable);
  }
}

const credentials = CredentialsProvider({
  id: "credentials",
  name: "Email and password",
  credentials: {
    email: { label: "Email", type: "email" },
    password: { label: "Password", type: "password" },
  },
  async authorize(input, request): Promise<SignedInUser | null> {
    const email = String(input?.email ?? "")
      .trim()
      .toLowerCase();
    const password = String(input?.password ?? "");
    if (!email || !password) return null;
    const ip = `ip:${clientIP(request.headers)}`;
    const emailKey = `email:${email}`;
    await sleep(Math.max(emailThrottle.delayFor(emailKey), ipThrottle.delayFor(ip)));
    const person = personByEmail(email);
    if (!(await verifyPassword(person, password)) || !person) {
      emailThrottle.recordFailure(emailKey);
      ipThrottle.recordFailure(ip);
      // The email as typed: repeated refusals for one address are what an audit is read for.
      audit({
        action: "session.sign-in",
        actor: email,
        outcome: "denied",
        code: "wrong-credentials",
      });
      return null;
    }
    emailThrottle.reset(emailKey);
    return {
      id: person.email,
      email: person.email,
      name: person.name,
      claims: await sessionClaimsFor(person, "credentials"),
    };
  },
});

function ssoProvider(): AuthOptions["providers"][number] | undefined {
  const { OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET, OIDC_NAME } = env();
  if (!OIDC_ISSUER || !OIDC_CLIENT_ID || !OIDC_CLIENT_SECRET) return undefined;
  return {
    id: ssoProviderID,
    name: OIDC_NAME,
    type: "oauth",
    wellKnown: `${OIDC_ISSUER.replace(/\/$/, "")}/.well-known/openid-configuration`,
    clientId: OIDC_CLIENT_ID,
    clientSecret: OIDC_CLIENT_SECRET,
    authorization: { params: { scope: "openid email profile" } },
    idToken: true,
    checks: ["pkce", "state"],
    profile(profile: { sub: string; email?: string; name?: string; email_verified?: boolean }) {
      return { id: profile.sub, email: profile.email ?? null, name: profile.name ?? null };
    },
  };
}

export function ssoConfigured(): boolean {
  const { OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET } = env();
  return Boolean(OIDC_ISSUER && OIDC_CLIENT_ID && OIDC_CLIENT_SECRET);
}

export function authOptions(): AuthOptions {
  const { NEXTAUTH_SECRET, SESSION_MAX_AGE } = env();
  const sso = ssoProvider();
  return {
    secret: NEXTAUTH_SECRET,
    useSecureCookies: secureCookies(),
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE },
    pages: { signIn: "/sign-in", error: "/sign-in", signOut: "/sign-in" },
    providers: sso ? [credentials, sso] : [credentials],
    callbacks: {
      signIn({ user, account, profile }) {
        if (account?.provider !== ssoProviderID) return true;
        const verified = (profile as { email_verified?: boolean } | undefined)?.email_verified;
        const person = user.email && verified !== false ? personByEmail(user.email) : undefined;
        if (person) return true;
        audit({
          action: "session.sign-in",
          actor: user.email ?? "unknown",
          outcome: "denied",
          code: signInErrorCodes.unknownSsoUser,
        });
        return `/sign-in?error=${signInErrorCodes.unknownSsoUser}`;
      },
      async jwt({ token, user, trigger }) {
        if (trigger !== "signIn" || !user) return token;
        const signedIn = user as SignedInUser;
        let claims = signedIn.claims;
        if (!claims) {
          const person = user.email ? personByEmail(user.email) : undefined;
          if (!person) throw new Error(signInErrorCodes.unknownSsoUser);
          claims = await sessionClaimsFor(person, ssoProviderID);
        }
        return { sub: token.sub, ...claims };
      },
      session({ session, token }) {
        const claims = parseClaims(token);
        return {
          expires: session.expires,
          user: { name: claims?.name ?? null, email: claims?.email ?? null },
          kind: claims?.kind,
          accountID: claims?.acct,
        };
      },
    },
    events: {
      async signOut({ token }) {
        const claims = parseClaims(token);
        if (!claims) return;
        audit({ action: "session.sign-out", actor: claims.email, outcome: "ok" });
        await revokeTokens(allTokens(claims));
      },
    },
  };
}
