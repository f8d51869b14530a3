"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { ChartColumn, LayoutList, Rows3 } from "@/components/ui/icons";
import { allAccountsPaths } from "@/lib/all-accounts/contract";

/**
 * The views across every account, for people who act for more than one.
 * Plain links, unlike the switcher's forms: opening one changes nothing in
 * the session. "Accounts" is the table of counts per account, "Overview" the
 * charts: named apart so neither passes for the other.
 */
const views = [
  { href: allAccountsPaths.queue, long: "All accounts", short: "Tickets", icon: Rows3 },
  {
    href: allAccountsPaths.accounts,
    long: "Open tickets per account",
    short: "Accounts",
    icon: LayoutList,
  },
  {
    href: allAccountsPaths.overview,
    long: "Overview (charts)",
    short: "Overview",
    icon: ChartColumn,
  },
] as const;

type Props = {
  /** "long" in the switcher ("All accounts"), "short" as tabs beside "All accounts" in the header. */
  wording: "long" | "short";
  className?: string;
  linkClassName: string;
};

export function AllAccountsLinks({ wording, className, linkClassName }: Props) {
  const pathname = usePathname();
  return (
    <ul className={className}>
      {views.map(({ href, long, short, icon: Icon }) => (
        <li key={href}>
          <Link
            href={href}
            aria-current={pathname === href ? "page" : undefined}
            className={linkClassName}
          >
            <Icon className="size-4 shrink-0 text-ink-muted" />
            {wording === "long" ? long : short}
          </Link>
        </li>
      ))}
    </ul>
  );
}

/** On an account's pages: the way back to the queue across every account. */
export function BackToAllAccounts({ className }: { className: string }) {
  return (
    <Link href={allAccountsPaths.queue} className={className}>
      <Rows3 className="size-4 shrink-0 text-ink-muted" />
      All accounts
    </Link>
  );
}
