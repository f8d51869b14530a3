import "server-only";
import type { Moov } from "@moovio/sdk";
import type { ReadPage } from "@/lib/all-accounts/server/account-reads";
import { listTicketsOnce } from "@/lib/moov/tickets";

/**
 * An account's list pages for the export: the same Moov call as the views
 * (lib/moov/tickets.ts, paced and retried there, with the person's token for
 * the account), on purpose without the list cache the views read through
 * (account-page-reader.ts). An export is one full read of the account: its
 * pages would land in the in-process copy (up to 50,000 tickets kept) and in
 * the sealed store, holding the very list the export streams so as not to
 * hold, to serve views that never ask for 1,000-ticket pages; and a file
 * someone downloads should be as fresh as Moov.
 */
export function uncachedPageReader(accountID: string, moov: () => Promise<Moov>): ReadPage {
  return async (query) => {
    const { data, requestId } = await listTicketsOnce(await moov(), accountID, query);
    return { ...data, requestId, readAt: Date.now() };
  };
}
