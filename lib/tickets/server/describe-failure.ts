import "server-only";
import { AccessDeniedError, NotSignedInError } from "@/lib/auth/agent";
import { errorMessages } from "@/lib/errors/messages";
import { type UserError, UserFacingError } from "@/lib/errors/user-error";
import { mapMoovError } from "@/lib/moov/errors";

/** Anything a ticket read or write can throw on the server → what the agent may see. */
export function describeFailure(error: unknown): UserError {
  if (error instanceof UserFacingError) return error.detail;
  if (error instanceof NotSignedInError) {
    return { status: 401, code: "unauthorized", message: errorMessages.unauthorized };
  }
  if (error instanceof AccessDeniedError) {
    return { status: 403, code: "forbidden", message: errorMessages.forbidden };
  }
  const mapped = mapMoovError(error);
  if (mapped.code === "unexpected") console.error("tickets: unexpected failure", error);
  return mapped;
}
