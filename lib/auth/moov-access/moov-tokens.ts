import "server-only";
import { MoovError } from "@moovio/sdk/models/errors/index.js";
import { moovWithApiKey } from "@/lib/moov/client";
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
 * Moov rotates the refresh token: this must run once per token, which the
 * session's tokens (session/session-tokens.ts) make sure of across instances.
 */
export function refreshToken(token: StoredToken): Promise<StoredToken> {
  return requestToken({ grantType: "refresh_token", refreshToken: token.r });
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
