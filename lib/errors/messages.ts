import type { ErrorCode } from "./error-codes";

/**
 * Every sentence a failure can show, once. A write may word a code its own
 * way (`actionMessages`): the generic 409 and 422 sentences talk about edits
 * and fields, a close has neither; and a write whose answer got lost must say
 * what is known now.
 */
const tryAgain = "Try again in a moment.";

export const errorMessages: Record<ErrorCode, string> = {
  bad_request: "Moov could not accept this request.",
  unauthorized: "Your session has ended. Sign in again to continue.",
  forbidden: "You do not have access to this account's tickets.",
  not_found: "This ticket does not exist or belongs to another account.",
  conflict: "Someone else changed this at the same time. Refresh and check before trying again.",
  invalid: "Moov did not accept some of the details. Check the highlighted fields.",
  rate_limited: `Moov is busy right now. ${tryAgain}`,
  server_error: `Moov ran into a problem. ${tryAgain}`,
  bad_gateway: `Moov sent back an invalid response. ${tryAgain}`,
  unavailable: "Moov is temporarily unavailable. Try again in a few minutes.",
  gateway_timeout: `Moov took too long to respond. ${tryAgain}`,
  timeout: `Moov did not answer in time. ${tryAgain}`,
  unreachable: `Support Desk could not connect to Moov. ${tryAgain}`,
  offline: "Support Desk could not be reached. Check your connection and try again.",
  unconfirmed: "Moov did not answer, so it is not known yet whether this went through.",
  unexpected: `Something unexpected went wrong. ${tryAgain}`,
};

/** Moov answered 401 to the session's token (as opposed to the app's own "not signed in"). */
export const moovSessionEnded = "Your session with Moov has ended. Sign in again to continue.";

/** Moov's answer could not be read (a response that fails the SDK's schema). */
export const unreadableAnswer = "Something unexpected went wrong while talking to Moov.";

/** The browser got an answer from the app it could not read. */
export const unreadableAppAnswer = "Support Desk sent back data it could not read.";

export function rateLimitedMessage(retryAfterSeconds: number | undefined): string {
  if (retryAfterSeconds === undefined) return errorMessages.rate_limited;
  const unit = retryAfterSeconds === 1 ? "second" : "seconds";
  return `Moov is busy right now. Try again in ${retryAfterSeconds} ${unit}.`;
}

export type WriteAction = "close" | "create";

const mayExist =
  "Moov did not answer, so the ticket may have been created. Check the queue before trying again.";

export const actionMessages: Record<WriteAction, Partial<Record<ErrorCode, string>>> = {
  close: {
    conflict: "Someone already closed this ticket. It has been refreshed.",
    invalid: "Moov refused to close this ticket.",
    timeout: "Moov did not answer in time. The ticket is still open; you can try again.",
    unconfirmed:
      "Moov did not answer, so it is not known yet whether this ticket was closed. Its status shows again as soon as Moov answers.",
  },
  create: {
    timeout: mayExist,
    unreachable: mayExist,
    gateway_timeout: mayExist,
    server_error: mayExist,
    bad_gateway: mayExist,
  },
};

/** The headline a failed write's notice opens with, naming the ticket. */
export function writeFailureTitle(
  action: WriteAction,
  code: string,
  ticketNumber: number | undefined,
): string | undefined {
  if (action !== "close" || ticketNumber === undefined) return undefined;
  return code === "unconfirmed"
    ? `Ticket #${ticketNumber} may or may not be closed.`
    : `Ticket #${ticketNumber} was not closed.`;
}

/** The CSV export's download broke off with no word from the server about why. */
export const exportConnectionLost =
  "The connection to Support Desk ended before the file was complete. Try again.";
