"use client";

import Link from "next/link";
import { useState } from "react";
import { ArrowLeft } from "@/components/ui/icons";
import { ticketKeys } from "@/lib/tickets/query-keys";
import { ActionNotice, type Notice } from "../ui/action-notice";
import { QueryBoundary } from "../ui/query-boundary";
import { MessageThread, ThreadSkeleton } from "./message-thread";
import { TicketSummary, TicketSummarySkeleton } from "./ticket-summary";

export function TicketDetailClient({
  accountID,
  ticketID,
}: {
  accountID: string;
  ticketID: string;
}) {
  const [notice, setNotice] = useState<Notice | null>(null);

  return (
    <div className="flex flex-col gap-6">
      <Link
        href={`/accounts/${accountID}/tickets`}
        className="inline-flex w-fit items-center gap-1 text-sm text-ink-muted underline-offset-2 hover:text-ink hover:underline"
      >
        <ArrowLeft className="size-4" />
        All tickets
      </Link>
      <ActionNotice notice={notice} onDismiss={() => setNotice(null)} />
      <QueryBoundary
        queryKey={ticketKeys.detail(accountID, ticketID)}
        errorTitle="This ticket could not be loaded"
        fallback={<TicketSummarySkeleton />}
      >
        <TicketSummary accountID={accountID} ticketID={ticketID} onNotice={setNotice} />
      </QueryBoundary>
      <section aria-labelledby="thread-heading" className="flex flex-col gap-3">
        <h2 id="thread-heading" className="text-lg font-semibold">
          Conversation
        </h2>
        <QueryBoundary
          queryKey={ticketKeys.messages(accountID, ticketID)}
          errorTitle="The conversation could not be loaded"
          fallback={<ThreadSkeleton />}
        >
          <MessageThread accountID={accountID} ticketID={ticketID} />
        </QueryBoundary>
      </section>
    </div>
  );
}
