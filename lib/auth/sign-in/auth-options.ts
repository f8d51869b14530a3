import "server-only";
import type { AuthOptions, User } from "next-auth";
import { audit } from "@/lib/audit/audit-log";
import { env } from "@/lib/env";
import { SessionEndedError } from "../errors";
import { homeAccount } from "../moov-access/scopes";
import { safeRedirectPath } from "../safe-redirect";
import { endSession, loadSession, startSession } from "../session/lifecycle";
import { claimsOf, secureCookies } from "../session/session-cookie";
import { personByEmail } from "../users/users";
import type { Person } from "../users/users-file";
import { credentialsProvider } from "./credentials-provider";
import { signInErrorCodes } from "./sign-in-messages";

/**
 * next-auth 4 is the identity layer: its encrypted cookie says who the person
 * is and names their server-side session (lib/auth/session/), which holds the
 * Moov tokens. The browser never sees a token, and ending the server session
 * kills every copy of the cookie.
 */
const ssoProviderID = "sso";

/** Starts the server session with its first Moov tokens; the sign-in is audited either way (`via`: which provider). */
async function startSessionFor(person: Person, via: string): Promise<string> {
  const action = "session.sign-in";
  try {
    const record = await startSession(person, homeAccount(person.actsFor));
    audit({ action, actor: person.email, accountID: record.acct, outcome: "ok", code: via });
    return record.id;
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

type OidcProfile = { sub: string; email?: string; name?: string; email_verified?: boolean };

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
    profile(profile: OidcProfile) {
      return { id: profile.sub, email: profile.email ?? null, name: profile.name ?? null };
    },
  };
}

export function ssoConfigured(): boolean {
  const { OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET } = env();
  return Boolean(OIDC_ISSUER && OIDC_CLIENT_ID && OIDC_CLIENT_SECRET);
}

/**
 * Who an SSO identity is: a person of the users file, matched by an email the
 * identity provider says it verified (anyone can put any address in an
 * unverified profile). SSO_ALLOW_UNVERIFIED_EMAIL relaxes that for providers
 * that never send the claim.
 */
export function ssoPerson(user: Pick<User, "email">, profile: unknown): Person | undefined {
  const verified = (profile as Partial<OidcProfile> | undefined)?.email_verified === true;
  if (!user.email || (!verified && !env().SSO_ALLOW_UNVERIFIED_EMAIL)) return undefined;
  return personByEmail(user.email);
}

export function authOptions(): AuthOptions {
  const { NEXTAUTH_SECRET, SESSION_MAX_AGE } = env();
  const sso = ssoProvider();
  return {
    secret: NEXTAUTH_SECRET,
    useSecureCookies: secureCookies(),
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE },
    pages: { signIn: "/sign-in", error: "/sign-in", signOut: "/sign-in" },
    providers: sso ? [credentialsProvider, sso] : [credentialsProvider],
    callbacks: {
      signIn({ user, account, profile }) {
        if (account?.provider !== ssoProviderID) return true;
        if (ssoPerson(user, profile)) return true;
        audit({
          action: "session.sign-in",
          actor: user.email ?? "unknown",
          outcome: "denied",
          code: signInErrorCodes.unknownSsoUser,
        });
        return `/sign-in?error=${signInErrorCodes.unknownSsoUser}`;
      },
      async jwt({ token, user, account, trigger }) {
        if (trigger !== "signIn" || !user) return token;
        const person = user.email ? personByEmail(user.email) : undefined;
        if (!person) throw new Error(signInErrorCodes.unknownSsoUser);
        const sid = await startSessionFor(person, account?.provider ?? "credentials");
        // Who the person is and which server session is theirs: nothing else rides in the cookie.
        return { sub: token.sub, email: person.email, name: person.name, sid };
      },
      async session({ session, token }) {
        const claims = claimsOf(token);
        const loaded = claims ? await loadSession(claims.sid) : null;
        if (!loaded || loaded instanceof SessionEndedError) {
          return { expires: new Date(0).toISOString() };
        }
        return {
          expires: session.expires,
          user: { name: loaded.record.name, email: loaded.record.email },
        };
      },
      redirect({ url, baseUrl }) {
        return `${baseUrl}${safeRedirectPath(url, baseUrl)}`;
      },
    },
    events: {
      // next-auth's own sign-out route (the app's form posts to /api/auth/sign-out instead).
      async signOut({ token }) {
        const claims = claimsOf(token);
        if (claims) await endSession(claims.sid, "signed-out");
      },
    },
  };
}
