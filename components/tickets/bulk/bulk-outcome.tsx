"use client";

import {
  CircleCheck,
  CircleDashed,
  Info,
  LoaderCircle,
  TriangleAlert,
} from "@/components/ui/icons";
import { RequestId } from "@/components/ui/request-id";
import type { BulkItem } from "@/lib/tickets/use-bulk-close";

const looks = {
  waiting: { icon: CircleDashed, text: "Waiting", tone: "text-ink-muted" },
  closing: { icon: LoaderCircle, text: "Closing…", tone: "text-ink-muted" },
  closed: { icon: CircleCheck, text: "Closed", tone: "text-ink" },
  "already-closed": { icon: Info, text: "Already closed", tone: "text-ink" },
  failed: { icon: TriangleAlert, text: "Not closed", tone: "text-danger" },
} as const;

/** One ticket in the bulk close's list: which, whose, and what happened to it, in words. */
export function BulkOutcome({
  item,
  withAccount,
  hideState = false,
}: {
  item: BulkItem;
  withAccount: boolean;
  /** Before the confirm, the list names the tickets only. */
  hideState?: boolean;
}) {
  const look = looks[item.state];
  const Icon = look.icon;
  const { ticket } = item;
  return (
    <li
      className="flex flex-col gap-1 border-b border-line py-2 last:border-b-0"
      data-ticket-id={ticket.ticketID}
      data-outcome={hideState ? undefined : item.state}
    >
      <div className="flex items-start justify-between gap-3">
        <p className="min-w-0 text-sm">
          <span className="font-mono text-ink-muted">#{ticket.number}</span>{" "}
          <span className="break-words font-medium">{ticket.title}</span>
          {withAccount && ticket.accountName ? (
            <span className="block text-xs text-ink-muted">{ticket.accountName}</span>
          ) : null}
        </p>
        <span
          hidden={hideState}
          className={`flex shrink-0 items-center gap-1 text-sm ${look.tone}`}
        >
          <Icon
            className={`size-4 ${item.state === "closing" ? "motion-safe:animate-spin" : ""}`}
          />
          {look.text}
        </span>
      </div>
      {item.error ? (
        <div className="text-sm">
          <p>{item.error.message}</p>
          <RequestId id={item.error.requestId} />
        </div>
      ) : null}
    </li>
  );
}
