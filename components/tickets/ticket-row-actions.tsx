"use client";

import type { TicketDTO } from "@/lib/tickets/dto";
import type { Notice } from "../ui/action-notice";
import { CloseTicketButton } from "./close-ticket-button";

type TicketRowActionsProps = {
  accountID: string;
  ticket: TicketDTO;
  onNotice: (notice: Notice) => void;
  fallbackFocus: () => HTMLElement | null;
};

/** A closed ticket has nothing left to do: Moov cannot reopen it. */
export function TicketRowActions({
  accountID,
  ticket,
  onNotice,
  fallbackFocus,
}: TicketRowActionsProps) {
  if (ticket.status === "closed") return <span className="sr-only">No actions</span>;
  return (
    <CloseTicketButton
      accountID={accountID}
      ticket={ticket}
      onNotice={onNotice}
      fallbackFocus={fallbackFocus}
      size="sm"
    />
  );
}
