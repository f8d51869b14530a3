import { Info } from "@/components/ui/icons";
import type { MergedFilters } from "@/lib/all-accounts/contract";
import type { MergedPageState } from "@/lib/all-accounts/merged-page-state";

/**
 * The link named accounts the person does not act for: the server left them
 * out (it reads only accounts it has checked), and the page says so rather
 * than showing fewer tickets without a word.
 */
export function DroppedAccounts({
  filters,
  page,
}: {
  filters: MergedFilters;
  page: MergedPageState;
}) {
  const read = new Set(page.accounts.map((account) => account.accountID));
  const dropped = filters.accounts.filter((accountID) => !read.has(accountID)).length;
  if (dropped === 0) return null;
  return (
    <p
      role="status"
      className="flex items-center gap-2 rounded-lg border border-line bg-surface-muted p-3 text-sm text-ink"
    >
      <Info className="size-4 shrink-0" />
      {dropped === 1
        ? "1 account in this link is not one you act for, so its tickets are not shown."
        : `${dropped} accounts in this link are not ones you act for, so their tickets are not shown.`}
    </p>
  );
}
