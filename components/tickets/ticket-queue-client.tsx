"use client";

import { Plus } from "lucide-react";
import Link from "next/link";
import { usePathname, useSearchParams } from "next/navigation";
import { useRef, useState } from "react";
import { buttonVariants } from "@/components/ui/button";
import { parseQueueFilters, type QueueFilters, queueSearch } from "@/lib/tickets/schemas";
import { isOutage } from "@/lib/tickets/transient";
import { ActionNotice, type Notice } from "./action-notice";
import { AfterHydration } from "./after-hydration";
import { ErrorState, type ShownError } from "./error-state";
import { QueryBoundary } from "./query-boundary";
import { QueueSkeleton } from "./queue-skeleton";
import { QueueToolbar } from "./queue-toolbar";
import { TicketTable } from "./ticket-table";

type TicketQueueClientProps = {
  accountID: string;
  /** The server's prefetch failed for these filters; the browser fetches again only when asked to. */
  prefetchFailure?: ShownError & { search: string };
};

export function TicketQueueClient({ accountID, prefetchFailure }: TicketQueueClientProps) {
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const filters = parseQueueFilters(Object.fromEntries(searchParams));
  const [notice, setNotice] = useState<Notice | null>(null);
  const [retried, setRetried] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);

  // The filters live in the URL; the native History API updates it without a
  // server round trip, and the list below fetches through the route handlers.
  const changeFilters = (next: QueueFilters) => {
    window.history.pushState(null, "", `${pathname}${queueSearch(next)}`);
  };
  // An outage is not shown as a dead end: the browser reads again, with back-off, under the banner.
  const showPrefetchFailure =
    prefetchFailure &&
    !retried &&
    !isOutage(prefetchFailure.code) &&
    prefetchFailure.search === queueSearch(filters);

  return (
    <section aria-labelledby="queue-heading" className="flex flex-col gap-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 id="queue-heading" ref={heading} tabIndex={-1} className="text-2xl font-semibold">
          Tickets
        </h1>
        <Link
          href={`/accounts/${accountID}/tickets/new`}
          className={buttonVariants({ variant: "primary" })}
        >
          <Plus aria-hidden="true" className="size-4" />
          New ticket
        </Link>
      </div>
      <QueueToolbar filters={filters} onChange={changeFilters} />
      <ActionNotice notice={notice} onDismiss={() => setNotice(null)} />
      {showPrefetchFailure ? (
        <ErrorState
          title="Tickets could not be loaded"
          error={prefetchFailure}
          onRetry={() => setRetried(true)}
        />
      ) : (
        <AfterHydration active={isOutage(prefetchFailure?.code)} fallback={<QueueSkeleton />}>
          <QueryBoundary errorTitle="Tickets could not be loaded" fallback={<QueueSkeleton />}>
            <TicketTable
              accountID={accountID}
              filters={filters}
              onNotice={setNotice}
              fallbackFocus={() => heading.current}
            />
          </QueryBoundary>
        </AfterHydration>
      )}
    </section>
  );
}
