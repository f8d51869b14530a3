import type { ReactNode } from "react";
import { AllAccountsFrame } from "@/app/all-accounts-frame";

/** The header says "All accounts"; the page and its loading and error states go inside. */
export default function AllTicketsLayout({ children }: { children: ReactNode }) {
  return <AllAccountsFrame>{children}</AllAccountsFrame>;
}
