"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { buttonVariants } from "@/components/ui/button";
import { ChartColumn, Rows3 } from "@/components/ui/icons";
import { accountOverviewPath, ticketsPath } from "@/lib/auth/paths";

const tabLook = `${buttonVariants({ variant: "ghost", size: "sm" })} aria-[current=page]:bg-surface-muted aria-[current=page]:text-ink`;

/** One account's two views, its queue and its overview, as tabs above the page. */
export function AccountViewTabs({ accountID }: { accountID: string }) {
  const pathname = usePathname();
  const views = [
    { href: ticketsPath(accountID), label: "Tickets", icon: Rows3 },
    { href: accountOverviewPath(accountID), label: "Overview", icon: ChartColumn },
  ];
  return (
    <nav aria-label="Account views" className="mb-4">
      <ul className="flex gap-1">
        {views.map(({ href, label, icon: Icon }) => (
          <li key={href}>
            <Link
              href={href}
              aria-current={pathname === href ? "page" : undefined}
              className={tabLook}
            >
              <Icon className="size-4 shrink-0 text-ink-muted" />
              {label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
