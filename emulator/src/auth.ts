import { hashToken } from "./ids.js";
import type { AuthScheme } from "./journal.js";
import type { Store } from "./store/store.js";

export type Caller =
  | { scheme: "basic"; accountID: string; clientID: string }
  | {
      scheme: "bearer";
      accountID: string;
      clientID: string;
      scopes: string[];
      /** How long the token was issued for, in seconds (the journal shows it; tests check lifetimes). */
      lifetimeSeconds: number;
      /** The start of the token's SHA-256: names one token in the journal without revealing it. */
      tokenID: string;
    };

/** Hex digits of a token's SHA-256 the journal keeps: enough to tell tokens apart, not to find one. */
const tokenIDLength = 16;

export type AuthResult =
  | { ok: true; caller: Caller }
  | { ok: false; scheme: AuthScheme; reason: string };

export type BasicCredentials = { username: string; password: string };

export function parseBasic(header: string | undefined): BasicCredentials | undefined {
  const match = header?.match(/^Basic\s+([A-Za-z0-9+/=_-]+)\s*$/i);
  if (!match?.[1]) return undefined;
  const decoded = Buffer.from(match[1], "base64").toString("utf8");
  const colon = decoded.indexOf(":");
  if (colon <= 0) return undefined;
  return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}

export function authSchemeOf(header: string | undefined): AuthScheme {
  if (!header) return "none";
  if (/^basic\s/i.test(header)) return "basic";
  if (/^bearer\s/i.test(header)) return "bearer";
  return "none";
}

/**
 * Resolves the Authorization header. Basic = an account's own key pair;
 * Bearer = an access token that exists, is not revoked and has not expired.
 */
export function authenticate(header: string | undefined, store: Store, nowMs: number): AuthResult {
  const scheme = authSchemeOf(header);
  if (!header) return { ok: false, scheme, reason: "missing Authorization header" };
  if (scheme === "basic") {
    const credentials = parseBasic(header);
    const accountID =
      credentials && store.accounts.accountForKey(credentials.username, credentials.password);
    if (!credentials || !accountID) return { ok: false, scheme, reason: "invalid API key pair" };
    return { ok: true, caller: { scheme, accountID, clientID: credentials.username } };
  }
  const token = header.match(/^Bearer\s+(\S+)\s*$/i)?.[1];
  if (scheme !== "bearer" || !token) {
    return { ok: false, scheme, reason: "malformed Authorization header" };
  }
  const tokenHash = hashToken(token);
  const row = store.tokens.find(tokenHash);
  if (row?.kind !== "access") return { ok: false, scheme, reason: "unknown access token" };
  if (row.revoked) return { ok: false, scheme, reason: "access token revoked" };
  if (row.expires_at <= nowMs) return { ok: false, scheme, reason: "access token expired" };
  return {
    ok: true,
    caller: {
      scheme,
      accountID: row.account_id,
      clientID: row.client_id,
      scopes: row.scopes.split(" ").filter(Boolean),
      lifetimeSeconds: (row.expires_at - row.created_at) / 1000,
      tokenID: tokenHash.slice(0, tokenIDLength),
    },
  };
}
