import type { Metadata } from "next";
import { AllAccountsFrame } from "@/app/all-accounts-frame";
import { AccountsOverview } from "@/components/all-accounts/accounts-overview/accounts-overview";

export const metadata: Metadata = { title: "Accounts" };

/**
 * Every account the person acts for, with its open tickets. The numbers are
 * read by the browser as the accounts answer, so the page paints at once.
 */
export default function AccountsPage() {
  return (
    <AllAccountsFrame>
      <AccountsOverview />
    </AllAccountsFrame>
  );
}
