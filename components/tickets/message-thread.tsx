"use client";

import { useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { Skeleton } from "@/components/ui/skeleton";
import { useTicketMessages } from "@/lib/tickets/hooks";
import { keyedMessages } from "@/lib/tickets/keyed-messages";
import { EmptyState } from "../ui/empty-state";
import { RelativeTime } from "../ui/relative-time";

/** Long threads open on their latest messages; the earlier ones are one click away. */
const shownAtFirst = 20;

export function MessageThread({ accountID, ticketID }: { accountID: string; ticketID: string }) {
  const { data: messages } = useTicketMessages(accountID, ticketID);
  const [showAll, setShowAll] = useState(false);
  const firstShown = useRef<HTMLLIElement>(null);

  if (messages.length === 0) return <EmptyState title="No messages yet" />;

  const hidden = showAll ? 0 : Math.max(0, messages.length - shownAtFirst);
  const visible = messages.slice(hidden);
  const expand = () => {
    setShowAll(true);
    requestAnimationFrame(() => firstShown.current?.focus());
  };

  return (
    <div className="flex flex-col gap-3">
      <p className="text-sm text-ink-muted">
        {messages.length === 1 ? "1 message" : `${messages.length} messages`}, oldest first
      </p>
      {hidden > 0 ? (
        <Button onClick={expand} className="self-start">
          Show {hidden === 1 ? "1 earlier message" : `${hidden} earlier messages`}
        </Button>
      ) : null}
      <ol className="flex flex-col gap-3" aria-label="Messages">
        {keyedMessages(visible).map(({ key, message }, index) => (
          <li
            key={key}
            ref={index === 0 ? firstShown : undefined}
            tabIndex={-1}
            className="rounded-lg border border-line bg-surface p-4"
          >
            <article aria-label={`Message from ${message.author}`}>
              <header className="mb-2 flex flex-wrap items-baseline justify-between gap-2 text-sm">
                <span className="font-semibold">{message.author}</span>
                <span className="text-ink-muted">
                  <RelativeTime iso={message.sentOn} />
                </span>
              </header>
              <p className="whitespace-pre-wrap break-words text-sm leading-relaxed">
                {message.body}
              </p>
            </article>
          </li>
        ))}
      </ol>
    </div>
  );
}

export function ThreadSkeleton() {
  return (
    <div role="status" aria-live="polite" className="flex flex-col gap-3">
      <span className="sr-only">Loading conversation…</span>
      <Skeleton className="h-24 w-full" />
      <Skeleton className="h-24 w-full" />
    </div>
  );
}
