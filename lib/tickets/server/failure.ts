import "server-only";
import { AccessDeniedError, NotSignedInError } from "@/lib/auth/agent";
import { type AppError, mapMoovError } from "@/lib/moov/errors";
import { TicketsRequestError } from "../fetcher";

/** Anything a ticket read or write can throw → what the agent may see. */
export function describeFailure(error: unknown): AppError {
  if (error instanceof NotSignedInError) {
    return {
      status: 401,
      code: "unauthorized",
      message: "Your session has ended. Sign in again to continue.",
    };
  }
  if (error instanceof AccessDeniedError) {
    return {
      status: 403,
      code: "forbidden",
      message: "You do not have access to this account's tickets.",
    };
  }
  const mapped = mapMoovError(error);
  if (mapped.code === "unexpected") console.error("tickets: unexpected failure", error);
  return mapped;
}

export function toRequestError(error: unknown): TicketsRequestError {
  const failure = describeFailure(error);
  return new TicketsRequestError(failure.status, failure.code, failure.message, failure.requestId);
}
