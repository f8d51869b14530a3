"use client";

import { type ReactNode, useRef } from "react";
import { Skeleton } from "@/components/ui/skeleton";
import { useTicket } from "@/lib/tickets/hooks";
import type { Notice } from "../ui/action-notice";
import { RelativeTime } from "../ui/relative-time";
import { CloseTicketButton } from "./close-ticket-button";
import { StatusBadge } from "./status-badge";
import { TicketWaitingTime } from "./waiting-time";

type TicketSummaryProps = {
  accountID: string;
  ticketID: string;
  onNotice: (notice: Notice) => void;
};

/** Every field of the ticket, and the Close button while it is still open. */
export function TicketSummary({ accountID, ticketID, onNotice }: TicketSummaryProps) {
  const { data: ticket } = useTicket(accountID, ticketID);
  const heading = useRef<HTMLHeadingElement>(null);

  return (
    <section
      aria-labelledby="ticket-heading"
      className="flex flex-col gap-4 rounded-lg border border-line bg-surface p-5"
    >
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="flex min-w-0 flex-col gap-2">
          <p className="font-mono text-sm text-ink-muted">Ticket #{ticket.number}</p>
          <h1
            id="ticket-heading"
            ref={heading}
            tabIndex={-1}
            className="break-words text-2xl font-semibold"
          >
            {ticket.title}
          </h1>
          <div data-testid="ticket-status">
            <StatusBadge status={ticket.status} />
          </div>
        </div>
        {ticket.status === "closed" ? (
          <p className="text-sm text-ink-muted">Closed tickets cannot be reopened.</p>
        ) : (
          <CloseTicketButton
            accountID={accountID}
            ticket={ticket}
            onNotice={onNotice}
            fallbackFocus={() => heading.current}
          />
        )}
      </div>
      <dl className="grid grid-cols-1 gap-x-6 gap-y-3 text-sm sm:grid-cols-2 lg:grid-cols-3">
        <Field label="Contact">
          {ticket.contact.name ? <span className="block">{ticket.contact.name}</span> : null}
          <a
            href={`mailto:${ticket.contact.email}`}
            className="break-all underline underline-offset-2"
          >
            {ticket.contact.email}
          </a>
        </Field>
        <Field label="Created">
          <RelativeTime iso={ticket.createdOn} />
        </Field>
        <Field label="Updated">
          <RelativeTime iso={ticket.updatedOn} />
        </Field>
        <Field label="Latest message">
          <TicketWaitingTime accountID={accountID} ticket={ticket} />
        </Field>
        <Field label="Closed">
          <RelativeTime iso={ticket.closedOn} />
        </Field>
        <Field label="Foreign ID">
          <span className="font-mono">{ticket.foreignID ?? "—"}</span>
        </Field>
        <Field label="Ticket ID">
          <span className="break-all font-mono text-xs">{ticket.ticketID}</span>
        </Field>
      </dl>
    </section>
  );
}

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="flex flex-col gap-0.5">
      <dt className="text-xs font-medium uppercase tracking-wide text-ink-muted">{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

export function TicketSummarySkeleton() {
  return (
    <div
      role="status"
      aria-live="polite"
      className="flex flex-col gap-3 rounded-lg border border-line bg-surface p-5"
    >
      <span className="sr-only">Loading ticket…</span>
      <Skeleton className="h-4 w-24" />
      <Skeleton className="h-8 w-2/3" />
      <Skeleton className="h-20 w-full" />
    </div>
  );
}
