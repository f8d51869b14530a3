import type { AccountRef, MergedRow } from "@/lib/all-accounts/contract";
import type { ReadPage } from "@/lib/all-accounts/server/account-reads";
import { matchesFilter, type StatusFilter, upstreamStatus } from "@/lib/tickets/status";

/** One account's tickets could not be read: which account, and why (Moov's error). */
export class AccountReadError extends Error {
  override name = "AccountReadError";
  constructor(
    readonly account: AccountRef,
    override readonly cause: unknown,
  ) {
    super(`tickets of ${account.accountID} could not be read`);
  }
}

export type RowFilter = { status: StatusFilter; foreignID?: string };

/**
 * One account's tickets for the export, in Moov's order (newest first), held
 * one page at a time: the next page is read only once the rows of this one
 * have been taken. Moov's paging is by ticket number ("below N"), so a ticket
 * that shows up again on a later page (it moved while paging) is skipped by
 * its number rather than by remembering every ticket seen.
 */
export class AccountRows {
  private rows: MergedRow[] = [];
  private index = 0;
  private cursor: string | undefined;
  private started = false;
  private lastNumber = Number.POSITIVE_INFINITY;
  /** Moov pages read so far. */
  pagesRead = 0;

  constructor(
    readonly account: AccountRef,
    private readonly read: ReadPage,
    private readonly filter: RowFilter,
    private readonly pageSize: number,
  ) {}

  /** The next row, if this account's current page still holds one. */
  head(): MergedRow | undefined {
    return this.rows[this.index];
  }

  take(): MergedRow | undefined {
    const row = this.rows[this.index];
    if (row) this.index += 1;
    return row;
  }

  /** Rows read from Moov and not yet taken: what this account holds in memory. */
  held(): number {
    return this.rows.length - this.index;
  }

  /** Whether a page must be read before head() can answer. */
  needsPage(): boolean {
    return this.head() === undefined && (!this.started || this.cursor !== undefined);
  }

  /**
   * Reads pages until one holds a row for the filter or the list ends (the
   * "open" filter is applied here: Moov has none, and a page may be all
   * closed). Stops without reading once `signal` aborts.
   */
  async fill(signal?: AbortSignal): Promise<void> {
    while (this.needsPage() && !signal?.aborted) {
      let page: Awaited<ReturnType<ReadPage>>;
      try {
        page = await this.read({
          status: upstreamStatus(this.filter.status),
          foreignID: this.filter.foreignID,
          cursor: this.cursor,
          count: this.pageSize,
        });
      } catch (error) {
        throw new AccountReadError(this.account, error);
      }
      this.started = true;
      this.pagesRead += 1;
      this.cursor = page.next;
      this.index = 0;
      this.rows = [];
      for (const ticket of page.items) {
        if (ticket.number >= this.lastNumber) continue;
        this.lastNumber = ticket.number;
        if (matchesFilter(ticket.status, this.filter.status)) {
          this.rows.push({ ...ticket, accountID: this.account.accountID });
        }
      }
    }
  }
}
