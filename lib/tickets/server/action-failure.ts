import "server-only";
import type { ActionFailure } from "../action-result";
import { describeFailure } from "./describe-failure";

/** An action's result carries no HTTP status: it answers as an action, not as a route. */
export function actionFailure(error: unknown): ActionFailure {
  const { status: _status, ...failure } = describeFailure(error);
  return { ok: false, ...failure };
}

/** A string field of an action's unchecked input, or "" (for permission checks and the audit line). */
export function claimedString(input: unknown, field: string): string {
  if (input && typeof input === "object" && field in input) {
    const value = (input as Record<string, unknown>)[field];
    if (typeof value === "string") return value;
  }
  return "";
}

/** The account ID an action claims, checked for permission before the rest of its input is read. */
export function claimedAccountID(input: unknown): string {
  return claimedString(input, "accountID");
}
