import { EmptyState } from "@/components/ui/empty-state";
import type { Overview } from "@/lib/overview/overview";
import { FailedAccounts } from "./failed-accounts";
import { AccountChart, AgeChart, StatusChart } from "./overview-charts";
import { WaitingList } from "./waiting-list";
import { WeeklyFigure } from "./weekly-figure";

const clock = new Intl.DateTimeFormat("en-GB", { timeStyle: "short", timeZone: "UTC" });

/**
 * The overview's body, rendered on the server: plain SVG charts, no script.
 * `across`: every account the person acts for (the by-account chart and the
 * account beside each waiting ticket), rather than one account.
 */
export function OverviewView({ overview, across }: { overview: Overview; across: boolean }) {
  const answered = overview.accounts.length - overview.failed.length;
  return (
    <div className="flex flex-col gap-4">
      <p className="text-sm text-ink-muted">
        Read at{" "}
        <time dateTime={overview.readAt}>{clock.format(Date.parse(overview.readAt))} UTC</time>
        {across ? ` · ${answered} of ${overview.accounts.length} accounts` : ""}
      </p>
      <FailedAccounts failed={overview.failed} />
      {overview.accounts.length === 0 ? (
        <EmptyState title="No accounts to show">You do not act for any account.</EmptyState>
      ) : (
        <div className="grid items-start gap-4 lg:grid-cols-2">
          <StatusChart overview={overview} />
          <AgeChart overview={overview} />
          <div className="lg:col-span-2">
            <WeeklyFigure weeks={overview.weeks} />
          </div>
          {across ? <AccountChart overview={overview} /> : null}
          <div className={across ? "" : "lg:col-span-2"}>
            <WaitingList
              waiting={overview.waiting}
              accounts={overview.accounts}
              showAccount={across}
            />
          </div>
        </div>
      )}
    </div>
  );
}
