import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { MoovUnreachable } from "@/components/tickets/moov-unreachable";
import { ViewMessage } from "@/components/views/view-message";
import {
  listActingAccounts,
  redirectToSignIn,
  requireAgent,
  SessionEndedError,
} from "@/lib/auth/agent";
import { accessToView, leftOutParam } from "@/lib/views/access";
import { viewStore } from "@/lib/views/server/view-store";
import { viewIDSchema } from "@/lib/views/view";

export const metadata: Metadata = { title: "Saved view" };

type Props = { params: Promise<{ viewID: string }> };

/** The queue's address, telling it how many accounts were left out so it can say so. */
function withLeftOut(href: string, leftOut: number): string {
  if (leftOut === 0) return href;
  const url = new URL(href, "http://app.invalid");
  url.searchParams.set(leftOutParam, String(leftOut));
  return `${url.pathname}${url.search}`;
}

/**
 * A saved view's link, for its owner (the Views menu) and anyone it was
 * shared with: checked against the accounts the opener acts for now, then a
 * redirect to the queue with what they may see. Nothing here names an
 * account they do not act for.
 */
export default async function SavedViewPage({ params }: Props) {
  const { viewID } = await params;
  if (!viewIDSchema.safeParse(viewID).success) notFound();
  await requireAgent();
  const found = await viewStore().get(viewID);
  if (!found) notFound();

  let actsFor: Set<string>;
  try {
    actsFor = new Set((await listActingAccounts()).map((account) => account.accountID));
  } catch (error) {
    if (error instanceof SessionEndedError) return redirectToSignIn(error);
    console.error("views: could not list the acting accounts", (error as Error).name);
    return <MoovUnreachable />;
  }

  const access = accessToView(found.view.queue, actsFor);
  if (access.kind === "open") redirect(withLeftOut(access.href, access.leftOut));
  return <ViewMessage kind="no-access" name={found.view.name} accounts={access.accounts} />;
}
