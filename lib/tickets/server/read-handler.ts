import "server-only";
import type { Moov } from "@moovio/sdk";
import { NextResponse } from "next/server";
import { actForAccount } from "@/lib/auth/agent";
import { errorMessages } from "@/lib/errors/messages";
import type { UserError } from "@/lib/errors/user-error";
import type { Upstream } from "@/lib/moov/tickets";
import { idSchema } from "../schemas";
import { describeFailure } from "./describe-failure";

/**
 * The read route handlers' common path: a malformed account ID is a 404, the
 * session and the permission are checked before Moov is touched, and Moov's
 * x-request-id travels back to the browser on success and on failure.
 */
const noStore = { "cache-control": "no-store" };

export function errorResponse(failure: UserError): NextResponse {
  const { status = 500, code, message, requestId, retryAfterSeconds } = failure;
  const headers: Record<string, string> = { ...noStore };
  if (requestId) headers["x-request-id"] = requestId;
  if (retryAfterSeconds !== undefined) headers["retry-after"] = String(retryAfterSeconds);
  return NextResponse.json({ code, message, requestId }, { status, headers });
}

export const notFoundResponse = () =>
  errorResponse({
    status: 404,
    code: "not_found",
    message: errorMessages.not_found,
  });

export async function handleRead<T>(
  rawAccountID: string,
  read: (moov: Moov, accountID: string) => Promise<Upstream<T>>,
): Promise<NextResponse> {
  const accountID = idSchema.safeParse(rawAccountID);
  if (!accountID.success) return notFoundResponse();
  try {
    const { moov } = await actForAccount(accountID.data);
    const { data, requestId } = await read(moov, accountID.data);
    const headers: Record<string, string> = { ...noStore };
    if (requestId) headers["x-request-id"] = requestId;
    return NextResponse.json(data, { headers });
  } catch (error) {
    return errorResponse(describeFailure(error));
  }
}
