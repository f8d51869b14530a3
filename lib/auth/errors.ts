/**
 * What the auth layer throws. Route handlers and actions map NotSignedInError
 * to 401 and AccessDeniedError to 403; neither ever follows a Moov call about
 * the account in question.
 */
export class NotSignedInError extends Error {
  override name = "NotSignedInError";
  constructor(message = "Not signed in") {
    super(message);
  }
}

export class AccessDeniedError extends Error {
  override name = "AccessDeniedError";
  constructor(message = "You can't act for this account") {
    super(message);
  }
}

/** Why a session ended; the sign-in page explains each (see sign-in-messages.ts). */
export const sessionEndReasons = [
  "signed-out",
  "expired",
  "idle",
  "refresh-failed",
  "revoked",
  "removed",
  "changed",
  "ended-by-admin",
] as const;
export type SessionEndReason = (typeof sessionEndReasons)[number];

/** The session can't go on (refresh refused, token revoked …): sign in again. */
export class SessionEndedError extends NotSignedInError {
  override name = "SessionEndedError";
  constructor(readonly reason: SessionEndReason) {
    super(`Session ended: ${reason}`);
  }
}
