"use client";

import Link from "next/link";
import { useRef } from "react";
import { useRecentlyChanged } from "@/components/live/recently-changed";
import type { AccountRef } from "@/lib/all-accounts/contract";
import type { TicketDTO } from "@/lib/tickets/dto";
import { selectionKey } from "@/lib/tickets/selection";
import type { Notice } from "../ui/action-notice";
import { RelativeTime } from "../ui/relative-time";
import { RowCheckbox } from "./bulk/row-checkbox";
import { columnLook, rowLook } from "./queue-columns";
import { StatusBadge } from "./status-badge";
import { TicketRowActions } from "./ticket-row-actions";
import { WaitingTime } from "./waiting-time";

type TicketRowProps = {
  accountID: string;
  ticket: TicketDTO;
  /** Whose ticket it is, in a view across accounts (which gets an Account column). */
  account?: AccountRef;
  onNotice: (notice: Notice) => void;
  fallbackFocus: () => HTMLElement | null;
};

export function TicketRow({ accountID, ticket, account, onNotice, fallbackFocus }: TicketRowProps) {
  const link = useRef<HTMLAnchorElement>(null);
  // Once the Close button goes, focus lands on this row's title, or the queue if the row went too.
  const focusAfterClose = () => (link.current?.isConnected ? link.current : fallbackFocus());
  // A live event touched this ticket: tint the row briefly, without moving anything.
  const changed = useRecentlyChanged(ticket.ticketID);
  const selectable = { ...ticket, accountID, accountName: account?.displayName };
  return (
    <tr
      className={changed ? `${rowLook} bg-accent/10` : rowLook}
      data-ticket-id={ticket.ticketID}
      data-row-key={selectionKey(selectable)}
      data-recently-changed={changed || undefined}
    >
      <td className={columnLook.checkbox}>
        <RowCheckbox ticket={selectable} />
      </td>
      <td className={`${columnLook.number} queue-cell font-mono text-sm text-ink-muted`}>
        #{ticket.number}
      </td>
      <th scope="row" className={`${columnLook.title} queue-cell text-left font-medium`}>
        <Link
          ref={link}
          href={`/accounts/${accountID}/tickets/${ticket.ticketID}`}
          data-row-link
          className="line-clamp-2 break-words text-ink underline-offset-2 hover:underline"
        >
          {ticket.title}
        </Link>
      </th>
      {account ? (
        <td
          className={`${columnLook.account} queue-cell text-sm`}
          data-account-id={account.accountID}
        >
          <span className="block font-medium">{account.displayName}</span>
          {account.via ? (
            <span className="block text-xs text-ink-muted">
              <span className="sr-only"> · </span>via {account.via.displayName}
            </span>
          ) : null}
        </td>
      ) : null}
      <td className={`${columnLook.contact} queue-cell text-sm`}>
        <span className="block">{ticket.contact.name ?? ticket.contact.email}</span>
        {ticket.contact.name ? (
          <span className="block text-ink-muted">{ticket.contact.email}</span>
        ) : null}
      </td>
      <td className={`${columnLook.status} queue-cell`}>
        <StatusBadge status={ticket.status} />
      </td>
      <td className={`${columnLook.created} queue-cell text-sm`}>
        <RelativeTime iso={ticket.createdOn} />
      </td>
      <td className={`${columnLook.latest} queue-cell text-sm`}>
        <WaitingTime accountID={accountID} ticket={ticket} />
      </td>
      <td className={`${columnLook.foreignID} queue-cell font-mono text-xs`}>
        {ticket.foreignID ?? <span className="text-ink-muted">—</span>}
      </td>
      <td className={`${columnLook.actions} queue-cell text-right`} data-row-close>
        <TicketRowActions
          accountID={accountID}
          ticket={ticket}
          onNotice={onNotice}
          fallbackFocus={focusAfterClose}
        />
      </td>
    </tr>
  );
}
