import { z } from "zod";

/**
 * A Moov access token as the session keeps it (inside the encrypted next-auth
 * JWT only). Keys are one letter because the whole session must fit one cookie.
 */
export const storedTokenSchema = z.object({
  /** access token */
  a: z.string().min(1),
  /** refresh token */
  r: z.string().min(1),
  /** expires at, Unix seconds */
  e: z.number(),
  /** obtained at, Unix seconds */
  o: z.number(),
  /** scope, space-separated as Moov returned it */
  s: z.string(),
});
export type StoredToken = z.infer<typeof storedTokenSchema>;

export const nowSeconds = (): number => Math.floor(Date.now() / 1000);

/** Moov's docs call expires_in a Unix timestamp, some SDK comments a duration: accept both. */
export function expiresAt(expiresIn: number, now: number): number {
  return expiresIn < 1_000_000_000 ? now + expiresIn : expiresIn;
}

/**
 * Refresh "shortly before expiry": within a minute of it, or within the last
 * third of a short-lived token's life, so a token of a few seconds still gets
 * refreshed before a page renders with it.
 */
export function needsRefresh(token: StoredToken, now: number): boolean {
  const lifetime = Math.max(token.e - token.o, 1);
  const margin = Math.min(60, Math.ceil(lifetime / 3));
  return token.e - now <= margin;
}

export function isExpired(token: StoredToken, now: number): boolean {
  return token.e <= now;
}
