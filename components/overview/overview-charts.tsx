import { accountName } from "@/components/all-accounts/merged-queue/account-name";
import type { AccountRef } from "@/lib/all-accounts/contract";
import type { Overview } from "@/lib/overview/overview";
import { metaFor } from "@/lib/tickets/status";
import { type Bar, BarChart } from "./bar-chart";
import { ChartFigure } from "./chart-figure";

/** Each open status drawn in its badge's strong colour (the badge text's, contrast-checked in both themes). */
const statusFill: Record<string, string> = {
  new: "fill-status-new-fg",
  "in-progress": "fill-status-in-progress-fg",
  "on-hold": "fill-status-on-hold-fg",
};

const plural = (count: number, one: string) => `${count} ${one}${count === 1 ? "" : "s"}`;

function barFigure(id: string, title: string, summary: string, label: string, bars: Bar[]) {
  return (
    <ChartFigure
      id={id}
      title={title}
      summary={summary}
      chart={(labels) => <BarChart bars={bars} {...labels} />}
      columns={[{ header: label }, { header: "Open tickets", numeric: true }]}
      rows={bars.map((bar) => ({ key: bar.key, header: bar.label, cells: [bar.value] }))}
    />
  );
}

export function StatusChart({ overview }: { overview: Overview }) {
  const bars = overview.byStatus.map(({ status, count }) => ({
    key: status,
    label: metaFor(status).label,
    value: count,
    fillClass: statusFill[status],
  }));
  const gist = bars.map((bar) => `${bar.label} ${bar.value}`).join(", ");
  const summary = `${plural(overview.openTotal, "open ticket")}: ${gist}.`;
  return barFigure("by-status", "Open tickets by status", summary, "Status", bars);
}

export function AccountChart({ overview }: { overview: Overview }) {
  const names = new Map<string, AccountRef>(overview.accounts.map((a) => [a.accountID, a]));
  const { top, others } = overview.byAccount;
  const bars: Bar[] = top.map(({ accountID, count }) => {
    const account = names.get(accountID);
    return { key: accountID, label: account ? accountName(account) : accountID, value: count };
  });
  if (others.accounts > 0) {
    bars.push({
      key: "others",
      label: `Others (${plural(others.accounts, "account")})`,
      value: others.count,
    });
  }
  const leader = bars[0];
  const summary = leader
    ? `Most open tickets: ${leader.label} with ${leader.value}. Accounts with none are not listed.`
    : "No account has open tickets.";
  return barFigure("by-account", "Open tickets by account", summary, "Account", bars);
}

export function AgeChart({ overview }: { overview: Overview }) {
  const bars = overview.ages.map(({ label, count }) => ({ key: label, label, value: count }));
  const older = overview.ages.slice(3).reduce((sum, band) => sum + band.count, 0);
  const summary = `How long open tickets have been open, since they were created: ${plural(older, "ticket")} for a week or more.`;
  return barFigure("by-age", "Age of open tickets", summary, "Open for", bars);
}
