import "server-only";
import type { ActionFailure } from "../action-result";
import { describeFailure } from "./failure";

export function actionFailure(error: unknown): ActionFailure {
  const { code, message, requestId, fieldErrors } = describeFailure(error);
  return { ok: false, code, message, requestId, fieldErrors };
}

/** The account ID an action claims, checked for permission before the rest of its input is read. */
export function claimedAccountID(input: unknown): string {
  if (
    input &&
    typeof input === "object" &&
    "accountID" in input &&
    typeof input.accountID === "string"
  ) {
    return input.accountID;
  }
  return "";
}
