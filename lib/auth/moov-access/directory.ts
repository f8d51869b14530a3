import "server-only";
import { MoovError } from "@moovio/sdk/models/errors/index.js";
import { moovWithToken, statusWithToken } from "@/lib/moov/client";
import { processWide } from "@/lib/process-wide";

/**
 * Account names and a partner's connected accounts, read with the session's
 * directory token. The list of a partner's connected accounts is kept for half
 * a minute per process: the permission check for a partner with "*" needs it on
 * every request, and it changes rarely. The caches keep only answers: a fetch
 * in flight or failed with one person's token is never handed to another (a
 * revoked cookie must not sign other people out).
 */
export type NamedAccount = { accountID: string; displayName: string };

/** Moov refused the token (revoked or expired): the session has to end. */
export class DirectoryTokenRejectedError extends Error {
  override name = "DirectoryTokenRejectedError";
}

const connectedTTLms = 30_000;
const pageSize = 200;
/**
 * A read of the list is stamped with the moment it *started*: it cannot hold
 * an account connected after that, however late it answered.
 */
type Cached = { startedAt: number; accounts: NamedAccount[] };
type InFlight = { startedAt: number; read: Promise<NamedAccount[]> };
const connectedCache = processWide("auth.connected-accounts", () => new Map<string, Cached>());
const connectedInFlight = processWide(
  "auth.connected-accounts.in-flight",
  () => new Map<string, InFlight>(),
);

function rethrow(error: unknown): never {
  if (error instanceof MoovError && error.statusCode === 401) {
    throw new DirectoryTokenRejectedError("Moov rejected the session's token");
  }
  throw error;
}

export async function fetchAccountName(
  accountID: string,
  accessToken: string,
): Promise<NamedAccount> {
  try {
    const account = await moovWithToken(accessToken).accounts.get({ accountID });
    return { accountID, displayName: account.result.displayName };
  } catch (error) {
    rethrow(error);
  }
}

/**
 * Throws DirectoryTokenRejectedError when Moov refuses the token for the
 * account (401); any other answer, or no answer, proves nothing either way and
 * is left to the page's own reads to show.
 */
export async function proveToken(accountID: string, accessToken: string): Promise<void> {
  const status = await statusWithToken(accessToken, `/accounts/${encodeURIComponent(accountID)}`);
  if (status === 401) throw new DirectoryTokenRejectedError("Moov rejected the session's token");
}

const namesTTLms = 30_000;
const nameCache = processWide(
  "auth.account-names",
  () => new Map<string, { at: number; name: NamedAccount }>(),
);

/**
 * Names for the account switcher, kept for half a minute per process: every
 * page's header lists them, and a name almost never changes. Failures are not
 * kept. The account being worked is also read fresh, streamed after the
 * page's frame, to notice a revoked token (agent.ts → checkAccountToken).
 */
export async function cachedAccountName(
  accountID: string,
  accessToken: string,
): Promise<NamedAccount> {
  const cached = nameCache.get(accountID);
  if (cached && Date.now() - cached.at < namesTTLms) return cached.name;
  const name = await fetchAccountName(accountID, accessToken);
  nameCache.set(accountID, { at: Date.now(), name });
  return name;
}

async function fetchConnected(partnerID: string, accessToken: string): Promise<NamedAccount[]> {
  const moov = moovWithToken(accessToken);
  const accounts: NamedAccount[] = [];
  try {
    for (let skip = 0; ; skip += pageSize) {
      const page = await moov.accounts.listConnected({
        accountID: partnerID,
        count: pageSize,
        skip,
      });
      accounts.push(
        ...page.result
          .filter((account) => account.accountID !== partnerID)
          .map((account) => ({ accountID: account.accountID, displayName: account.displayName })),
      );
      if (page.result.length < pageSize) return accounts;
    }
  } catch (error) {
    rethrow(error);
  }
}

/**
 * The partner's connected accounts, from a read started after `startedAfter`
 * (by default: within the cache's half minute; strictly after, so a read
 * started in the very millisecond of a miss is not taken for a later one).
 * A permission check that misses asks for a read started after the miss, so
 * an account connected a moment ago is not refused because of a list read
 * (or one still being read) from just before it was connected.
 */
export async function connectedAccounts(
  partnerID: string,
  accessToken: string,
  startedAfter = Date.now() - connectedTTLms,
): Promise<NamedAccount[]> {
  const cached = connectedCache.get(partnerID);
  if (cached && cached.startedAt > startedAfter) return cached.accounts;
  // One read in flight per partner and token: the many account reads of one view share it.
  // Never across tokens: a fetch made with one person's token is not handed to another.
  const key = `${partnerID}|${accessToken}`;
  const running = connectedInFlight.get(key);
  if (running && running.startedAt > startedAfter) return running.read;
  const startedAt = Date.now();
  const read = fetchConnected(partnerID, accessToken)
    .then((accounts) => {
      // A slower, older read never replaces a newer one's answer.
      if ((connectedCache.get(partnerID)?.startedAt ?? -1) <= startedAt) {
        connectedCache.set(partnerID, { startedAt, accounts });
      }
      return accounts;
    })
    .finally(() => {
      if (connectedInFlight.get(key)?.read === read) connectedInFlight.delete(key);
    });
  connectedInFlight.set(key, { startedAt, read });
  return read;
}
