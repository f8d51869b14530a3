"use client";

import { usePathname, useRouter } from "next/navigation";
import { announce } from "./announcer";
import { type GoTo, goToAccountQueue, goToAllAccounts } from "./go-to";
import { useShortcuts } from "./use-shortcuts";

type Options = {
  /** The account "g i" goes to (see goToAccountQueue). */
  queueAccount: { accountID: string; displayName?: string };
  severalAccounts: boolean;
  openHelp: () => void;
};

/**
 * The shortcuts of every signed-in page: "g a", "g i" and "?". The page's
 * title is read out once a navigation ends; the announcement says at once
 * that the keys were understood, or why nothing happens.
 */
export function useGlobalShortcuts({ queueAccount, severalAccounts, openHelp }: Options): void {
  const router = useRouter();
  const pathname = usePathname();
  const go = (goTo: GoTo) => {
    announce(goTo.announcement);
    if (goTo.path) router.push(goTo.path);
  };
  useShortcuts([
    { keys: ["g", "a"], run: () => go(goToAllAccounts({ pathname, severalAccounts })) },
    { keys: ["g", "i"], run: () => go(goToAccountQueue({ pathname, account: queueAccount })) },
    { keys: ["?"], run: openHelp },
  ]);
}
