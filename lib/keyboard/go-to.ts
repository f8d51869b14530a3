import { allAccountsPaths } from "@/lib/all-accounts/contract";
import { ticketsPath } from "@/lib/auth/paths";

/**
 * Where "g a" and "g i" go, and what a screen reader hears about it. No path
 * means staying put: the words say why.
 */
export type GoTo = { path?: string; announcement: string };

export function goToAllAccounts(where: { pathname: string; severalAccounts: boolean }): GoTo {
  if (!where.severalAccounts) {
    return { announcement: "All accounts is for people who act for several accounts" };
  }
  if (where.pathname === allAccountsPaths.queue) {
    return { announcement: "Already on all accounts" };
  }
  return { path: allAccountsPaths.queue, announcement: "Going to all accounts" };
}

/**
 * `account`: the account on screen, or on the views across every account the
 * session's current one (the account last switched to, where home goes).
 */
export function goToAccountQueue(where: {
  pathname: string;
  account: { accountID: string; displayName?: string };
}): GoTo {
  const path = ticketsPath(where.account.accountID);
  const name = where.account.displayName;
  const queue = name ? `the queue of ${name}` : "the account's queue";
  if (where.pathname === path) return { announcement: `Already on ${queue}` };
  return { path, announcement: `Going to ${queue}` };
}
