import "server-only";
import { forEachBounded } from "@/lib/bounded";
import { env } from "@/lib/env";
import { idSchema } from "@/lib/tickets/schemas";
import { describeFailure } from "@/lib/tickets/server/describe-failure";
import { errorResponse } from "@/lib/tickets/server/read-handler";
import type { SummaryLine } from "../contract";
import { accountSummary } from "./account-reads";
import { ndjsonResponse } from "./ndjson";
import { type View, viewOf } from "./queue-route";

/**
 * GET /api/accounts/summary: every account the person acts for with its open
 * tickets by status and the age of its oldest, as NDJSON (contract.ts), each
 * account on its own line as it answers. The numbers come from the same
 * cached lists as the merged queue. `only=<accountID>` reads that one account
 * again (Try again on an account that failed).
 */
export async function handleAccountsSummary(request: Request): Promise<Response> {
  const only = new URL(request.url).searchParams.get("only");
  if (only !== null && !idSchema.safeParse(only).success) {
    return errorResponse({
      status: 400,
      code: "bad_request",
      message: "The account to read again is not a valid account ID.",
    });
  }
  let view: View;
  try {
    view = await viewOf({ accounts: only === null ? [] : [only] });
  } catch (error) {
    return errorResponse(describeFailure(error));
  }
  const { accounts, readPageFor } = view;
  if (only !== null && accounts.length === 0) {
    return errorResponse({
      status: 403,
      code: "forbidden",
      message: "You do not act for this account.",
    });
  }
  return ndjsonResponse<SummaryLine>(
    async (emit) => {
      emit({ type: "start", accounts });
      await forEachBounded(
        accounts,
        env().ALL_ACCOUNTS_CONCURRENCY,
        async ({ accountID }) => {
          try {
            emit({
              type: "summary",
              accountID,
              summary: await accountSummary(readPageFor(accountID)),
            });
          } catch (error) {
            emit({ type: "failed", accountID, error: describeFailure(error) });
          }
        },
        request.signal,
      );
      emit({ type: "end" });
    },
    (error) => console.error("all-accounts: the summary failed", (error as Error).name),
  );
}
