"use client";

import { Clock, type IconComponent, TriangleAlert } from "@/components/ui/icons";
import { waitingSince } from "@/lib/all-accounts/contract";
import type { TicketDTO } from "@/lib/tickets/dto";
import { type ThreadEnds, type WaitingLevel, waitingLine } from "@/lib/tickets/waiting";
import { absoluteFormat, RelativeTime, useNow } from "../ui/relative-time";
import { useWaitingThresholds } from "./waiting-thresholds";

/** Each level's colour and icon; its word ("ageing", "overdue") is in the text itself. */
const levelLook: Record<WaitingLevel, { className: string; icon?: IconComponent }> = {
  ok: { className: "" },
  amber: { className: "text-waiting-amber", icon: Clock },
  red: { className: "text-waiting-red", icon: TriangleAlert },
};

/**
 * "Waiting on Moov · 3 d · overdue", "Moov replied 2 h ago", or the time
 * alone while the thread's ends are not known. Before hydration (the server
 * knows neither the viewer's clock nor zone) it is the time alone, as
 * RelativeTime renders it.
 */
export function WaitingLine({
  ticket,
  ends,
}: {
  ticket: Pick<TicketDTO, "latestMessageOn" | "createdOn" | "contact">;
  ends: ThreadEnds | undefined;
}) {
  const now = useNow();
  const thresholds = useWaitingThresholds();
  if (now === null) return <RelativeTime iso={waitingSince(ticket)} />;

  const line = waitingLine(ticket, ends, Math.max(now, Date.now()), thresholds);
  const look = levelLook[line.level];
  const Icon = look.icon;
  // Lead, time and level each stay whole; a narrow cell breaks only between them.
  return (
    <span className={look.className}>
      {Icon || line.lead ? (
        <span className="whitespace-nowrap">
          {Icon ? <Icon className="mr-1 size-3.5 align-[-0.125em]" /> : null}
          {line.lead}
        </span>
      ) : null}
      {line.lead ? " " : null}
      <time
        dateTime={line.since}
        title={absoluteFormat().format(new Date(line.since))}
        className="whitespace-nowrap"
      >
        {line.elapsed}
      </time>
      {line.suffix ? <span className="whitespace-nowrap font-semibold">{line.suffix}</span> : null}
    </span>
  );
}
