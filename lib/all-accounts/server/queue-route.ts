import "server-only";
import type { Moov } from "@moovio/sdk";
import { actAcrossAccounts } from "@/lib/auth/agent";
import { env } from "@/lib/env";
import { idSchema } from "@/lib/tickets/schemas";
import { describeFailure } from "@/lib/tickets/server/describe-failure";
import { errorResponse } from "@/lib/tickets/server/read-handler";
import {
  type AccountRef,
  type MergedFilters,
  parseMergedFilters,
  type StreamLine,
  searchParamsRecord,
} from "../contract";
import { accountPageReader } from "./account-page-reader";
import type { ReadPage } from "./account-reads";
import { BadCursorError, decodeCursor, type MergedCursor } from "./merged-cursor";
import { streamMergedPage } from "./merged-stream";
import { ndjsonResponse } from "./ndjson";

/**
 * What a merged view reads: every account the person acts for (named by
 * Moov, checked in this request, the session loaded once), narrowed to the
 * filter, and a page reader per account. The permission check is this list:
 * an account outside it is never read, cached or not; a token is minted only
 * on a cache miss.
 */
export type View = {
  accounts: AccountRef[];
  readPageFor: (accountID: string) => ReadPage;
  /** The person's Moov client for one account of the view, for a read past the cache (the export). */
  moovFor: (accountID: string) => Promise<Moov>;
};

export async function viewOf(filters: Pick<MergedFilters, "accounts">): Promise<View> {
  const acting = await actAcrossAccounts();
  const wanted = new Set(filters.accounts);
  return {
    accounts:
      wanted.size === 0
        ? acting.accounts
        : acting.accounts.filter((account) => wanted.has(account.accountID)),
    readPageFor: (accountID) => accountPageReader(accountID, () => acting.moovFor(accountID)),
    moovFor: acting.moovFor,
  };
}

const badRequest = (message: string) =>
  errorResponse({ status: 400, code: "bad_request", message });

/**
 * GET /api/tickets: one page of the merged queue as NDJSON (contract.ts).
 * `only=<accountID>` re-reads one account for the same page (Try again on
 * an account that failed).
 */
export async function handleMergedQueue(request: Request): Promise<Response> {
  const search = new URL(request.url).searchParams;
  const filters = parseMergedFilters(searchParamsRecord(search));
  const only = search.get("only");
  if (only !== null && !idSchema.safeParse(only).success) {
    return badRequest("The account to read again is not a valid account ID.");
  }

  let view: View;
  try {
    view = await viewOf(filters);
  } catch (error) {
    return errorResponse(describeFailure(error));
  }
  let { accounts } = view;
  let cursor: MergedCursor | undefined;
  const cursorText = search.get("cursor");
  if (cursorText) {
    try {
      cursor = decodeCursor(
        cursorText,
        filters,
        accounts.map((account) => account.accountID),
      );
    } catch (error) {
      if (error instanceof BadCursorError) return badRequest(error.message);
      throw error;
    }
  }
  if (only !== null) {
    accounts = accounts.filter((account) => account.accountID === only);
    if (accounts.length === 0) {
      return errorResponse({
        status: 403,
        code: "forbidden",
        message: "You do not act for this account, or it is not in this view.",
      });
    }
  }

  return ndjsonResponse<StreamLine>(
    (emit) =>
      streamMergedPage({
        accounts,
        filters,
        cursor,
        concurrency: env().ALL_ACCOUNTS_CONCURRENCY,
        readPageFor: view.readPageFor,
        describeError: describeFailure,
        emit,
        signal: request.signal,
      }),
    (error) => console.error("all-accounts: the merged page failed", (error as Error).name),
  );
}
