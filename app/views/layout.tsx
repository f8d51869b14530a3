import type { ReactNode } from "react";
import { AllAccountsFrame } from "@/app/all-accounts-frame";

/** A view's link either redirects to its queue or says, in this frame, why it cannot. */
export default function ViewsLayout({ children }: { children: ReactNode }) {
  return <AllAccountsFrame>{children}</AllAccountsFrame>;
}
