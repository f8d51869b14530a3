"use client";

import Link from "next/link";
import { usePathname, useSearchParams } from "next/navigation";
import { useRef, useState } from "react";
import { ExportCsv } from "@/components/export/export-csv";
import { buttonVariants } from "@/components/ui/button";
import { Plus } from "@/components/ui/icons";
import { SavedViewsBar } from "@/components/views/saved-views-bar";
import { exportPaths } from "@/lib/export/contract";
import { ticketKeys } from "@/lib/tickets/query-keys";
import { parseQueueFilters, type QueueFilters, queueSearch } from "@/lib/tickets/schemas";
import { ActionNotice, type Notice } from "../ui/action-notice";
import { QueryBoundary } from "../ui/query-boundary";
import { QueueSkeleton } from "./queue-skeleton";
import { QueueToolbar } from "./queue-toolbar";
import { TicketTable } from "./ticket-table";
import { WaitingLongestQueue } from "./waiting-longest-queue";

export function TicketQueueClient({ accountID }: { accountID: string }) {
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const filters = parseQueueFilters(Object.fromEntries(searchParams));
  const [notice, setNotice] = useState<Notice | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  // The filters live in the URL; the native History API updates it without a
  // server round trip, and the list below fetches through the route handlers.
  const changeFilters = (next: QueueFilters) => {
    window.history.pushState(null, "", `${pathname}${queueSearch(next)}`);
  };

  return (
    <section aria-labelledby="queue-heading" className="flex flex-col gap-4">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <h1 id="queue-heading" ref={heading} tabIndex={-1} className="text-2xl font-semibold">
          Tickets
        </h1>
        <div className="flex flex-wrap items-start justify-end gap-2">
          <ExportCsv href={exportPaths.account(accountID, filters)} />
          <Link
            href={`/accounts/${accountID}/tickets/new`}
            className={buttonVariants({ variant: "primary" })}
          >
            <Plus className="size-4" />
            New ticket
          </Link>
        </div>
      </div>
      <SavedViewsBar queue={{ kind: "account", accountID }} />
      <QueueToolbar filters={filters} onChange={changeFilters} />
      <ActionNotice notice={notice} onDismiss={() => setNotice(null)} />
      {filters.sort === "waiting" ? (
        <WaitingLongestQueue
          accountID={accountID}
          filters={filters}
          onNotice={setNotice}
          fallbackFocus={() => heading.current}
        />
      ) : (
        <QueryBoundary
          queryKey={ticketKeys.list(accountID, filters)}
          errorTitle="Tickets could not be loaded"
          fallback={<QueueSkeleton />}
        >
          <TicketTable
            accountID={accountID}
            filters={filters}
            onNotice={setNotice}
            fallbackFocus={() => heading.current}
          />
        </QueryBoundary>
      )}
    </section>
  );
}
