import "server-only";
import { MoovError } from "@moovio/sdk/models/errors/index.js";
import { moovWithApiKey } from "@/lib/moov/client";
import { processWide } from "./process-wide";
import { scopeString } from "./scopes";
import { expiresAt, nowSeconds, type StoredToken } from "./token";

/**
 * Minting, refreshing and revoking the session's Moov tokens with the
 * deployment's key pair. Nothing here returns an SDK error message: those embed
 * raw response bodies.
 */

/** Moov answered and said no (bad or revoked refresh token, scope not allowed). */
export class TokenRefusedError extends Error {
  override name = "TokenRefusedError";
}
/** Moov could not be reached or failed; the session may try again later. */
export class TokenUnavailableError extends Error {
  override name = "TokenUnavailableError";
}

type Grant =
  | { grantType: "client_credentials"; scope: string }
  | { grantType: "refresh_token"; refreshToken: string };

async function requestToken(grant: Grant): Promise<StoredToken> {
  const now = nowSeconds();
  try {
    const { result } = await moovWithApiKey().authentication.createAccessToken(grant);
    return {
      a: result.accessToken,
      r: result.refreshToken,
      e: expiresAt(result.expiresIn, now),
      o: now,
      s: result.scope,
    };
  } catch (error) {
    if (
      error instanceof MoovError &&
      error.statusCode >= 400 &&
      error.statusCode < 500 &&
      error.statusCode !== 429
    ) {
      throw new TokenRefusedError(`Moov refused the token request (${error.statusCode})`);
    }
    const status = error instanceof MoovError ? ` (${error.statusCode})` : "";
    throw new TokenUnavailableError(`Moov's token endpoint is unavailable${status}`);
  }
}

export function mintToken(scopes: readonly string[]): Promise<StoredToken> {
  return requestToken({ grantType: "client_credentials", scope: scopeString(scopes) });
}

/**
 * Several requests of one person (parallel reads, two tabs) often find the same
 * token due at once. They share one refresh, and a request still carrying the
 * old refresh token shortly afterwards gets the same result instead of
 * presenting a refresh token Moov has already rotated.
 * The map is process-wide: proxy.ts and the route handlers must share it.
 */
type Refresh = { result: Promise<StoredToken>; at: number };
const refreshes = processWide("auth.refreshes", () => new Map<string, Refresh>());
const rememberSeconds = 60;

export function refreshToken(token: StoredToken): Promise<StoredToken> {
  const now = nowSeconds();
  for (const [key, entry] of refreshes) {
    if (now - entry.at > rememberSeconds) refreshes.delete(key);
  }
  const known = refreshes.get(token.r);
  if (known) return known.result;
  const result = requestToken({ grantType: "refresh_token", refreshToken: token.r });
  const entry = { result, at: now };
  refreshes.set(token.r, entry);
  // A failure is not remembered: the next request may try again.
  result.catch(() => {
    if (refreshes.get(token.r) === entry) refreshes.delete(token.r);
  });
  return result;
}

/** Best effort: a token that cannot be revoked still expires. */
export async function revokeTokens(tokens: readonly StoredToken[]): Promise<void> {
  const moov = moovWithApiKey();
  await Promise.allSettled(
    tokens.flatMap((token) => [
      moov.authentication.revokeAccessToken({ token: token.a, tokenTypeHint: "access_token" }),
      moov.authentication.revokeAccessToken({ token: token.r, tokenTypeHint: "refresh_token" }),
    ]),
  );
}
