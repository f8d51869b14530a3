import type { ActsFor } from "../users/users-file";

/**
 * The minimal Moov scope sets, one place for all of them. Every token the app
 * mints asks for exactly one of these, so the emulator's journal can prove no
 * call carried more.
 *
 * How the person relates to the account being worked decides the set:
 * - "own": an account agent on one of their accounts, or a partner agent on the
 *   partner's own account: that account's tickets and profile;
 * - "connected": a partner agent on a connected sub-account: the partner's
 *   tickets scopes (Moov grants a partner's ticket access through them) and the
 *   sub-account's profile.
 */
export type Relation = "own" | "connected";

const ticketsRead = (accountID: string) => `/accounts/${accountID}/tickets.read`;
const ticketsWrite = (accountID: string) => `/accounts/${accountID}/tickets.write`;
const profileRead = (accountID: string) => `/accounts/${accountID}/profile.read`;
const listConnected = "/accounts.read";

/** How the person relates to `accountID`, or null when they may not act for it. */
export function relationTo(
  actsFor: ActsFor,
  accountID: string,
  connectedToPartner?: ReadonlySet<string>,
): Relation | null {
  if ("accounts" in actsFor) return actsFor.accounts.includes(accountID) ? "own" : null;
  if (accountID === actsFor.partner) return "own";
  const allowed =
    actsFor.connected === "*"
      ? (connectedToPartner?.has(accountID) ?? false)
      : actsFor.connected.includes(accountID);
  return allowed ? "connected" : null;
}

/** Scopes for working `accountID`'s tickets; the caller has checked the relation. */
export function workScopes(actsFor: ActsFor, accountID: string, relation: Relation): string[] {
  if (relation === "own") {
    return [ticketsRead(accountID), ticketsWrite(accountID), profileRead(accountID)];
  }
  if (!("partner" in actsFor)) {
    throw new Error("Only a partner agent works a connected account");
  }
  return [ticketsRead(actsFor.partner), ticketsWrite(actsFor.partner), profileRead(accountID)];
}

/**
 * Scopes for the account switcher: the names of the accounts the person may act
 * for, and for a partner with "*" the list of its connected accounts. No tickets.
 */
export function directoryScopes(actsFor: ActsFor): string[] {
  if ("accounts" in actsFor) return actsFor.accounts.map(profileRead);
  if (actsFor.connected === "*") return [listConnected, profileRead(actsFor.partner)];
  return [profileRead(actsFor.partner), ...actsFor.connected.map(profileRead)];
}

/** The account a person starts on after signing in. */
export function homeAccount(actsFor: ActsFor): string {
  if ("partner" in actsFor) return actsFor.partner;
  const [first] = actsFor.accounts;
  if (!first) throw new Error("A person acts for at least one account");
  return first;
}

export function scopeString(scopes: readonly string[]): string {
  return scopes.join(" ");
}
