import "server-only";
import type { Moov } from "@moovio/sdk";
import { z } from "zod/mini";
import {
  type AccountRef,
  mergedSorts,
  parseMergedFilters,
  searchParamsRecord,
} from "@/lib/all-accounts/contract";
import { viewOf } from "@/lib/all-accounts/server/queue-route";
import { actForAccount, listActingAccounts } from "@/lib/auth/agent";
import { env } from "@/lib/env";
import { idSchema, listQuerySchema } from "@/lib/tickets/schemas";
import { describeFailure } from "@/lib/tickets/server/describe-failure";
import { errorResponse, notFoundResponse } from "@/lib/tickets/server/read-handler";
import { exportResponse } from "./export-response";
import { exportFilter } from "./export-rows";
import { exportFilename } from "./filename";
import { uncachedPageReader } from "./moov-pages";

/**
 * The two exports, one per queue, each with that queue's own filters and
 * permission check: session → permission → filters → Moov, as every read.
 */
const accountQuerySchema = z.extend(z.omit(listQuerySchema, { cursor: true }), {
  sort: z._default(z.enum(mergedSorts), "newest"),
});

/** The account's name as the header shows it; its ID when Moov's directory does not list it. */
async function accountRefOf(accountID: string): Promise<AccountRef> {
  const listed = (await listActingAccounts()).find((account) => account.accountID === accountID);
  return listed ?? { accountID, displayName: `Account ${accountID}` };
}

/** GET /api/accounts/{accountID}/tickets/export?status&foreignID&sort */
export async function handleAccountExport(request: Request, rawAccountID: string) {
  const accountID = idSchema.safeParse(rawAccountID);
  if (!accountID.success) return notFoundResponse();
  const query = accountQuerySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success) {
    return errorResponse({
      status: 400,
      code: "bad_request",
      message: "The ticket filters in this address are not valid.",
    });
  }
  let moov: Moov;
  let account: AccountRef;
  try {
    ({ moov } = await actForAccount(accountID.data));
    account = await accountRefOf(accountID.data);
  } catch (error) {
    return errorResponse(describeFailure(error));
  }
  return exportResponse(
    request,
    {
      accounts: [{ account, read: uncachedPageReader(account.accountID, async () => moov) }],
      filter: exportFilter(query.data),
      concurrency: 1,
    },
    exportFilename(account.displayName, query.data.status),
  );
}

/** GET /api/tickets/export?status&sort&account&foreignID: the all-accounts queue's view. */
export async function handleMergedExport(request: Request) {
  const filters = parseMergedFilters(searchParamsRecord(new URL(request.url).searchParams));
  let accounts: AccountRef[];
  let moovFor: (accountID: string) => Promise<Moov>;
  try {
    ({ accounts, moovFor } = await viewOf(filters));
  } catch (error) {
    return errorResponse(describeFailure(error));
  }
  const only = accounts.length === 1 ? accounts[0] : undefined;
  const subject =
    only?.displayName ?? (filters.accounts.length ? `${accounts.length}-accounts` : "all-accounts");
  return exportResponse(
    request,
    {
      accounts: accounts.map((account) => ({
        account,
        read: uncachedPageReader(account.accountID, () => moovFor(account.accountID)),
      })),
      filter: exportFilter(filters),
      concurrency: env().ALL_ACCOUNTS_CONCURRENCY,
    },
    exportFilename(subject, filters.status),
  );
}
