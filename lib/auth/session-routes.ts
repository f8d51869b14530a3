import "server-only";
import { type NextRequest, NextResponse } from "next/server";
import { z } from "zod";
import { audit } from "@/lib/audit/audit-log";
import { actForAccount, currentAgent, currentSessionID } from "./agent";
import { acceptedOrigins, appOriginFor } from "./app-origin";
import {
  AccessDeniedError,
  NotSignedInError,
  SessionEndedError,
  sessionEndReasons,
} from "./errors";
import { signInPath, ticketsPath } from "./paths";
import { safeRedirectPath } from "./safe-redirect";
import { isSameOriginRequest } from "./same-origin";
import { endSession } from "./session/lifecycle";
import { clearSessionCookies } from "./session/session-cookie";
import { sessionStore } from "./session/session-store";

/**
 * The route handlers that change the session outside next-auth: switching the
 * account being worked, signing out, and clearing a session the browser was
 * told has ended. All are POST forms from the app's own pages (a cross-site
 * link or form is refused before anything changes) and answer with 303
 * redirects, so they work without client JS.
 */
const noStore = { "cache-control": "no-store" };

function redirectTo(request: NextRequest, path: string): NextResponse {
  return NextResponse.redirect(new URL(path, appOriginFor(request.url)), {
    status: 303,
    headers: noStore,
  });
}

function refuse(status: 400 | 403, message: string): NextResponse {
  return new NextResponse(message, { status, headers: noStore });
}

async function formOf(request: NextRequest): Promise<Record<string, string>> {
  try {
    const data = await request.formData();
    return Object.fromEntries(
      [...data.entries()].filter(
        (entry): entry is [string, string] => typeof entry[1] === "string",
      ),
    );
  } catch {
    return {};
  }
}

const switchForm = z.object({ accountID: z.guid(), next: z.string().optional() });

/** POST /api/auth/switch (accountID, next): makes the account the one being worked, then goes to `next`. */
export async function switchAccount(request: NextRequest): Promise<NextResponse> {
  if (!isSameOriginRequest(request, acceptedOrigins(request.url))) {
    return refuse(403, "Switching accounts is only possible from Support Desk itself.");
  }
  const form = switchForm.safeParse(await formOf(request));
  if (!form.success) return refuse(400, "Choose an account to switch to.");
  const { accountID } = form.data;
  const next = safeRedirectPath(form.data.next, appOriginFor(request.url), ticketsPath(accountID));
  const agent = await currentAgent();
  try {
    if (!agent) throw new NotSignedInError();
    // The permission check, and the account's token minted if this is its first visit.
    await actForAccount(accountID);
    const id = await currentSessionID();
    if (id) await sessionStore().update(id, (record) => ({ ...record, acct: accountID }));
    if (agent.accountID !== accountID) {
      audit({ action: "session.switch-account", actor: agent.email, accountID, outcome: "ok" });
    }
    return redirectTo(request, next);
  } catch (error) {
    if (error instanceof AccessDeniedError) {
      audit({
        action: "session.switch-account",
        actor: agent?.email ?? "unknown",
        accountID,
        outcome: "denied",
        code: "forbidden",
      });
      return refuse(403, "You can't act for this account.");
    }
    if (error instanceof NotSignedInError) {
      const reason = error instanceof SessionEndedError ? error.reason : undefined;
      return redirectTo(request, signInPath({ callbackUrl: next, reason }));
    }
    console.error("auth: switching accounts failed", (error as Error).name);
    audit({
      action: "session.switch-account",
      actor: agent?.email ?? "unknown",
      accountID,
      outcome: "failed",
      code: "moov-unavailable",
    });
    return new NextResponse("Moov could not be reached. Try again in a moment.", {
      status: 503,
      headers: noStore,
    });
  }
}

/** POST /api/auth/sign-out: ends the server session (tokens revoked), clears the cookie. */
export async function signOut(request: NextRequest): Promise<NextResponse> {
  if (!isSameOriginRequest(request, acceptedOrigins(request.url))) {
    return refuse(403, "Signing out is only possible from Support Desk itself.");
  }
  const id = await currentSessionID();
  if (id) await endSession(id, "signed-out", { revocation: "background" });
  const response = redirectTo(request, signInPath({ reason: "signed-out" }));
  clearSessionCookies(response, request.cookies);
  return response;
}

const endedForm = z.object({
  reason: z.enum(sessionEndReasons).catch("expired"),
  callbackUrl: z.string().optional(),
});

/** POST /api/auth/ended (reason, callbackUrl): the page learnt its session ended; clear it and say why. */
export async function sessionEnded(request: NextRequest): Promise<NextResponse> {
  if (!isSameOriginRequest(request, acceptedOrigins(request.url))) {
    return refuse(403, "Only Support Desk itself can end its sessions.");
  }
  const form = endedForm.parse(await formOf(request));
  const id = await currentSessionID();
  if (id) await endSession(id, form.reason);
  const callbackUrl = safeRedirectPath(form.callbackUrl, appOriginFor(request.url));
  const response = redirectTo(request, signInPath({ reason: form.reason, callbackUrl }));
  clearSessionCookies(response, request.cookies);
  return response;
}
