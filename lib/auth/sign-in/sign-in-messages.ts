import type { SessionEndReason } from "../errors";

/**
 * Every message the sign-in page can show, looked up by the `error` or
 * `reason` in its URL. A failed password and an unknown email share one text:
 * the page never hints whether an email exists.
 */
export const signInErrorCodes = {
  credentials: "CredentialsSignin",
  unknownSsoUser: "UnknownSsoUser",
  moovUnavailable: "MoovUnavailable",
  /** Sent as "TooManyAttempts:<seconds>": next-auth hands the browser only an error string. */
  tooManyAttempts: "TooManyAttempts",
  throttleUnavailable: "SignInUnavailable",
} as const;

export function tooManyAttemptsError(retryAfterSeconds: number): string {
  return `${signInErrorCodes.tooManyAttempts}:${Math.max(1, Math.ceil(retryAfterSeconds))}`;
}

const tooManyAttemptsPattern = new RegExp(`^${signInErrorCodes.tooManyAttempts}:(\\d{1,6})$`);

type Notice = { tone: "error" | "info"; text: string };

const errorNotices: Record<string, Notice> = {
  [signInErrorCodes.credentials]: {
    tone: "error",
    text: "That email and password don't match. Check them and try again.",
  },
  [signInErrorCodes.unknownSsoUser]: {
    tone: "error",
    text: "Your company account isn't set up for Support Desk. Ask an administrator to add your email.",
  },
  [signInErrorCodes.moovUnavailable]: {
    tone: "error",
    text: "Moov could not be reached to start your session. Try again in a moment.",
  },
  [signInErrorCodes.throttleUnavailable]: {
    tone: "error",
    text: "Signing in is unavailable right now. Try again in a moment.",
  },
  AccessDenied: { tone: "error", text: "You can't sign in to Support Desk with this account." },
};

const fallbackError: Notice = { tone: "error", text: "Signing in didn't complete. Try again." };

const reasonNotices: Record<SessionEndReason | "signed-out", Notice> = {
  "signed-out": { tone: "info", text: "You signed out." },
  expired: { tone: "info", text: "Your session ended. Sign in again to continue." },
  idle: {
    tone: "info",
    text: "You were signed out after a period of inactivity. Sign in again to continue.",
  },
  "refresh-failed": {
    tone: "error",
    text: "Your access to Moov could not be renewed. Sign in again to continue.",
  },
  revoked: { tone: "error", text: "Your access to Moov was revoked. Sign in again to continue." },
  removed: { tone: "error", text: "Your access to Support Desk has changed. Sign in again." },
  changed: {
    tone: "info",
    text: "Your access to Support Desk changed. Sign in again to continue.",
  },
  "ended-by-admin": {
    tone: "error",
    text: "An administrator ended your session. Sign in again to continue.",
  },
};

export function signInNotice(params: { error?: string; reason?: string }): Notice | undefined {
  const wait = params.error ? tooManyAttemptsPattern.exec(params.error)?.[1] : undefined;
  if (wait) return { tone: "error", text: `Too many attempts — try again in ${Number(wait)} s` };
  if (params.error) return errorNotices[params.error] ?? fallbackError;
  if (params.reason && params.reason in reasonNotices) {
    return reasonNotices[params.reason as keyof typeof reasonNotices];
  }
  return undefined;
}
