"use client";

import { ArrowLeft } from "lucide-react";
import Link from "next/link";
import { useState } from "react";
import { isOutage } from "@/lib/tickets/transient";
import { ActionNotice, type Notice } from "./action-notice";
import { AfterHydration } from "./after-hydration";
import { ErrorState, type ShownError } from "./error-state";
import { MessageThread, ThreadSkeleton } from "./message-thread";
import { QueryBoundary } from "./query-boundary";
import { TicketSummary, TicketSummarySkeleton } from "./ticket-summary";

type TicketDetailClientProps = {
  accountID: string;
  ticketID: string;
  /** Set when the server's prefetch failed; the browser fetches again when asked to, or at once after an outage. */
  ticketFailure?: ShownError;
  messagesFailure?: ShownError;
};

export function TicketDetailClient({
  accountID,
  ticketID,
  ticketFailure,
  messagesFailure,
}: TicketDetailClientProps) {
  const [notice, setNotice] = useState<Notice | null>(null);
  const [retriedTicket, setRetriedTicket] = useState(false);
  const [retriedMessages, setRetriedMessages] = useState(false);

  return (
    <div className="flex flex-col gap-6">
      <Link
        href={`/accounts/${accountID}/tickets`}
        className="inline-flex w-fit items-center gap-1 text-sm text-ink-muted underline-offset-2 hover:text-ink hover:underline"
      >
        <ArrowLeft aria-hidden="true" className="size-4" />
        All tickets
      </Link>
      <ActionNotice notice={notice} onDismiss={() => setNotice(null)} />
      {ticketFailure && !retriedTicket && !isOutage(ticketFailure.code) ? (
        <ErrorState
          title="This ticket could not be loaded"
          error={ticketFailure}
          onRetry={() => setRetriedTicket(true)}
        />
      ) : (
        <AfterHydration active={isOutage(ticketFailure?.code)} fallback={<TicketSummarySkeleton />}>
          <QueryBoundary
            errorTitle="This ticket could not be loaded"
            fallback={<TicketSummarySkeleton />}
          >
            <TicketSummary accountID={accountID} ticketID={ticketID} onNotice={setNotice} />
          </QueryBoundary>
        </AfterHydration>
      )}
      <section aria-labelledby="thread-heading" className="flex flex-col gap-3">
        <h2 id="thread-heading" className="text-lg font-semibold">
          Conversation
        </h2>
        {messagesFailure && !retriedMessages && !isOutage(messagesFailure.code) ? (
          <ErrorState
            title="The conversation could not be loaded"
            error={messagesFailure}
            onRetry={() => setRetriedMessages(true)}
          />
        ) : (
          <AfterHydration active={isOutage(messagesFailure?.code)} fallback={<ThreadSkeleton />}>
            <QueryBoundary
              errorTitle="The conversation could not be loaded"
              fallback={<ThreadSkeleton />}
            >
              <MessageThread accountID={accountID} ticketID={ticketID} />
            </QueryBoundary>
          </AfterHydration>
        )}
      </section>
    </div>
  );
}
