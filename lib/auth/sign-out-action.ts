"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { audit } from "@/lib/audit/audit-log";
import { revokeTokens } from "./moov-tokens";
import { signInPath } from "./paths";
import { allTokens } from "./session-claims";
import {
  chunkCookieNames,
  decodeSession,
  readSessionCookie,
  sessionCookieName,
} from "./session-cookie";

/** Sign out: revoke every Moov token of the session, clear the cookie, show the sign-in page. */
export async function signOutAction(): Promise<void> {
  const store = await cookies();
  const decoded = await decodeSession(readSessionCookie(store));
  if (decoded) {
    audit({ action: "session.sign-out", actor: decoded.claims.email, outcome: "ok" });
    await revokeTokens(allTokens(decoded.claims));
  }
  store.delete(sessionCookieName());
  for (const name of chunkCookieNames(store)) store.delete(name);
  redirect(signInPath({ reason: "signed-out" }));
}
