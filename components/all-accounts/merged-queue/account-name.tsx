import type { AccountRef } from "@/lib/all-accounts/contract";

/** "Quayside Books · via Harbor Platform" as plain words (labels, notices). */
export function accountName(account: Pick<AccountRef, "displayName" | "via">): string {
  return account.via
    ? `${account.displayName} · via ${account.via.displayName}`
    : account.displayName;
}
