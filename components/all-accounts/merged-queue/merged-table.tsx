"use client";

import { queueColumns } from "@/components/tickets/queue-columns";
import { TicketRow } from "@/components/tickets/ticket-row";
import { TicketTableFrame } from "@/components/tickets/ticket-table-frame";
import type { Notice } from "@/components/ui/action-notice";
import { type AccountRef, type MergedRow, rowKey } from "@/lib/all-accounts/contract";

type Props = {
  caption: string;
  rows: MergedRow[];
  accounts: ReadonlyMap<string, AccountRef>;
  onNotice: (notice: Notice) => void;
  fallbackFocus: () => HTMLElement | null;
};

/** The merged tickets, each row naming its account and linking to the ticket's own page. */
export function MergedTable({ caption, rows, accounts, onNotice, fallbackFocus }: Props) {
  return (
    <TicketTableFrame caption={caption} columns={queueColumns(true)}>
      {rows.map((row) => (
        <TicketRow
          key={rowKey(row)}
          accountID={row.accountID}
          ticket={row}
          account={
            accounts.get(row.accountID) ?? {
              accountID: row.accountID,
              displayName: `Account ${row.accountID}`,
            }
          }
          onNotice={onNotice}
          fallbackFocus={fallbackFocus}
        />
      ))}
    </TicketTableFrame>
  );
}
