import { clsx } from "clsx";
import { ArrowDown, ArrowUp, ArrowUpDown } from "@/components/ui/icons";
import type { AccountSort, AccountSortKey } from "@/lib/all-accounts/account-sort";

type Props = {
  label: string;
  sortKey: AccountSortKey;
  sort: AccountSort;
  onSort: (key: AccountSortKey) => void;
  numeric?: boolean;
};

/** A column header that sorts by its column; aria-sort tells which one is and which way. */
export function SortHeader({ label, sortKey, sort, onSort, numeric }: Props) {
  const active = sort.key === sortKey;
  const Icon = !active ? ArrowUpDown : sort.direction === "ascending" ? ArrowUp : ArrowDown;
  return (
    <th
      scope="col"
      aria-sort={active ? sort.direction : undefined}
      className={clsx("px-1 py-1 font-semibold", numeric && "text-right")}
    >
      <button
        type="button"
        onClick={() => onSort(sortKey)}
        className={clsx(
          "inline-flex items-center gap-1 rounded px-2 py-1 uppercase tracking-wide hover:bg-surface hover:text-ink",
          active && "text-ink",
        )}
      >
        {label}
        <Icon className={clsx("size-3.5", !active && "opacity-50")} />
      </button>
    </th>
  );
}
