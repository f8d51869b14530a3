import type { AccountRef, MergedRow } from "@/lib/all-accounts/contract";
import type { UserError } from "@/lib/errors/user-error";
import type { AgeCount, ByAccount, StatusCount, WeekCount } from "./aggregate";

/** What the overview page shows (read on the server by server/read-overview.ts). */
export type AccountFailure = { account: AccountRef; error: UserError };

export type Overview = {
  accounts: AccountRef[];
  failed: AccountFailure[];
  /** When the oldest of the lists behind these numbers was read from Moov (ISO). */
  readAt: string;
  openTotal: number;
  byStatus: StatusCount[];
  byAccount: ByAccount;
  weeks: WeekCount[];
  ages: AgeCount[];
  waiting: MergedRow[];
};
