import type { Caller } from "./auth.js";
import type { Store } from "./store/store.js";

/** `/accounts/{accountID}/{resource}.{read|write}`: the shape of every account-bound scope. */
const accountScope = /^\/accounts\/([^/\s]+)\/([a-z][a-z-]*)\.(read|write)$/;

/** Scopes that name no account; any key pair may request them. */
const globalScopes = new Set(["/accounts.read", "/accounts.write", "/ping.read", "/fed.read"]);

export type Access = "read" | "write";

export function parseScopes(scope: string): string[] {
  return [...new Set(scope.split(/\s+/).filter(Boolean))];
}

/**
 * Why a key pair may not mint these scopes, or undefined when it may: every
 * account a scope names must be the key pair's own account or connected to it.
 */
export function unmintableReason(
  scopes: string[],
  clientAccountID: string,
  store: Store,
): string | undefined {
  if (scopes.length === 0) return "scope is required";
  for (const scope of scopes) {
    if (globalScopes.has(scope)) continue;
    const accountID = scope.match(accountScope)?.[1];
    if (!accountID) return `unknown scope: ${scope}`;
    if (accountID === clientAccountID) continue;
    if (!store.accounts.isConnected(clientAccountID, accountID)) {
      return `scope ${scope} names an account not connected to yours`;
    }
  }
  return undefined;
}

function ownsOrConnected(caller: Caller, accountID: string, store: Store): boolean {
  return caller.accountID === accountID || store.accounts.isConnected(caller.accountID, accountID);
}

/**
 * Tickets of `accountID`: its own tickets scope, or a partner's tickets scope
 * plus the account's profile.read scope when the partner is connected to it.
 * A key pair (Basic) holds every scope on its account and connected accounts.
 */
export function mayUseTickets(
  caller: Caller,
  accountID: string,
  access: Access,
  store: Store,
): boolean {
  if (caller.scheme === "basic") return ownsOrConnected(caller, accountID, store);
  const scopes = new Set(caller.scopes);
  if (scopes.has(`/accounts/${accountID}/tickets.${access}`)) return true;
  if (!scopes.has(`/accounts/${accountID}/profile.read`)) return false;
  for (const scope of caller.scopes) {
    const match = scope.match(accountScope);
    if (match?.[2] !== "tickets" || match[3] !== access || !match[1]) continue;
    if (store.accounts.isConnected(match[1], accountID)) return true;
  }
  return false;
}

export function mayReadProfile(caller: Caller, accountID: string, store: Store): boolean {
  if (caller.scheme === "basic") return ownsOrConnected(caller, accountID, store);
  return caller.scopes.includes(`/accounts/${accountID}/profile.read`);
}

/** A partner lists its own connected accounts; the token also needs /accounts.read. */
export function mayListConnected(caller: Caller, accountID: string): boolean {
  if (caller.accountID !== accountID) return false;
  return caller.scheme === "basic" || caller.scopes.includes("/accounts.read");
}
