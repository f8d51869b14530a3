import "@/lib/zod-config";
import { z } from "zod/mini";
import { errorCodes } from "./error-codes";
import { actionMessages, errorMessages, type WriteAction } from "./messages";

/**
 * The one shape a failure has once it may be shown: what a route handler
 * answers as JSON, what a server action returns, what a failed prefetch
 * carries in the dehydrated cache, and what every error surface renders.
 * It holds only what may be shown: never an upstream body.
 */
export const userErrorSchema = z.object({
  /** The HTTP status a route handler answers with (absent where none applies: an action's result). */
  status: z.optional(z.number().check(z.int())),
  code: z.union([z.enum(errorCodes), z.string()]),
  message: z.string(),
  requestId: z.optional(z.string()),
  retryAfterSeconds: z.optional(z.number()),
  fieldErrors: z.optional(z.record(z.string(), z.string())),
});
export type UserError = z.infer<typeof userErrorSchema>;

/** Thrown in the browser so React Query's error path (and the boundary) sees a UserError. */
export class UserFacingError extends Error {
  override name = "UserFacingError";
  constructor(readonly detail: UserError) {
    super(detail.message);
  }
}

/** What an error that says nothing of itself shows. */
export const unexpectedFailure: UserError = {
  status: 500,
  code: "unexpected",
  message: errorMessages.unexpected,
};

/**
 * Whatever was thrown or received → what may be shown. A UserFacingError or a
 * plain UserError (one that crossed from the server) passes through; anything
 * else is "unexpected", with no detail of its own.
 */
export function toUserError(error: unknown): UserError {
  if (error instanceof UserFacingError) return error.detail;
  const parsed = userErrorSchema.safeParse(error);
  return parsed.success ? parsed.data : unexpectedFailure;
}

/** The same failure, in the words of the write that met it (a close, a create). */
export function inWordsOf(action: WriteAction, error: UserError): UserError {
  const message = actionMessages[action][error.code as keyof (typeof actionMessages)[WriteAction]];
  return message ? { ...error, message } : error;
}
