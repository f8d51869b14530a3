import type { Metadata } from "next";
import { Suspense } from "react";
import { AllAccountsFrame } from "@/app/all-accounts-frame";
import { OverviewSection } from "@/app/overview-section";
import { OverviewSkeleton } from "@/app/overview-skeleton";

export const metadata: Metadata = { title: "Overview" };

/** Charts of every account the person acts for; the frame paints before the lists are read. */
export default function OverviewPage() {
  return (
    <AllAccountsFrame>
      <div className="flex flex-col gap-2">
        <h1 className="text-2xl font-semibold">Overview</h1>
        <Suspense fallback={<OverviewSkeleton />}>
          <OverviewSection />
        </Suspense>
      </div>
    </AllAccountsFrame>
  );
}
