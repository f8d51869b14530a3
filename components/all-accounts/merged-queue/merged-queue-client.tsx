"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { useRef, useState } from "react";
import { ExportCsv } from "@/components/export/export-csv";
import { ActionNotice, type Notice } from "@/components/ui/action-notice";
import { SavedViewsBar } from "@/components/views/saved-views-bar";
import {
  type AccountRef,
  type MergedFilters,
  mergedKeys,
  mergedSearch,
  parseMergedFilters,
  searchParamsRecord,
} from "@/lib/all-accounts/contract";
import { exportPaths } from "@/lib/export/contract";
import { MergedQueue } from "./merged-queue";
import { MergedToolbar } from "./merged-toolbar";

/**
 * The queue across every account the person acts for. The filters live in
 * the URL (the History API changes it without a server round trip), and the
 * list starts over whenever they change.
 */
export function MergedQueueClient({ accounts }: { accounts: AccountRef[] }) {
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const filters = parseMergedFilters(searchParamsRecord(new URLSearchParams(searchParams)));
  const [notice, setNotice] = useState<Notice | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  const changeFilters = (next: MergedFilters) => {
    window.history.pushState(null, "", `${pathname}${mergedSearch(next)}`);
  };

  return (
    <section aria-labelledby="queue-heading" className="flex flex-col gap-4">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <h1 id="queue-heading" ref={heading} tabIndex={-1} className="text-2xl font-semibold">
          Tickets of all accounts
        </h1>
        <ExportCsv href={exportPaths.merged(filters)} />
      </div>
      <SavedViewsBar queue={{ kind: "all-accounts" }} />
      <MergedToolbar filters={filters} accounts={accounts} onChange={changeFilters} />
      <ActionNotice notice={notice} onDismiss={() => setNotice(null)} />
      <MergedQueue
        key={JSON.stringify(mergedKeys.list(filters))}
        filters={filters}
        accounts={accounts}
        onNotice={setNotice}
        fallbackFocus={() => heading.current}
      />
    </section>
  );
}
