import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { OverviewSection } from "@/app/overview-section";
import { OverviewSkeleton } from "@/app/overview-skeleton";
import { idSchema } from "@/lib/tickets/schemas";

export const metadata: Metadata = { title: "Overview" };

type Props = { params: Promise<{ accountID: string }> };

/** Charts of one account (the layout has checked the person may act for it). */
export default async function AccountOverviewPage({ params }: Props) {
  const { accountID } = await params;
  if (!idSchema.safeParse(accountID).success) notFound();
  return (
    <div className="flex flex-col gap-2">
      <h1 className="text-2xl font-semibold">Overview</h1>
      <Suspense fallback={<OverviewSkeleton />}>
        <OverviewSection accountID={accountID} />
      </Suspense>
    </div>
  );
}
