import { forbidden, notFound } from "next/navigation";
import { type ReactNode, Suspense } from "react";
import { z } from "zod";
import { AppHeader } from "@/components/header/app-header";
import { AccountViewTabs } from "@/components/overview/account-view-tabs";
import { MoovOutageBanner } from "@/components/tickets/moov-outage-banner";
import { MoovUnreachable } from "@/components/tickets/moov-unreachable";
import {
  type ActingAccount,
  listActingAccounts,
  mayActFor,
  NotSignedInError,
  redirectToSignIn,
  requireAgent,
  SessionEndedError,
} from "@/lib/auth/agent";
import { WithWaitingThresholds } from "../../waiting-thresholds";
import { TokenCheck } from "./token-check";

type Props = { children: ReactNode; params: Promise<{ accountID: string }> };

type Loaded<T> = { ok: true; value: T } | { ok: false; ended?: SessionEndedError };

/** The header's read; if Moov is down the header falls back to IDs rather than failing the page. */
async function load<T>(read: () => Promise<T>): Promise<Loaded<T>> {
  try {
    return { ok: true, value: await read() };
  } catch (error) {
    if (error instanceof SessionEndedError) return { ok: false, ended: error };
    console.error("auth: could not name the acting accounts", (error as Error).name);
    return { ok: false };
  }
}

/**
 * Whether the person may act for the account; "unknown" when Moov (needed for
 * a partner's list of connected accounts) cannot be reached right now.
 */
async function access(accountID: string): Promise<boolean | "unknown"> {
  try {
    return await mayActFor(accountID);
  } catch (error) {
    if (error instanceof NotSignedInError) return redirectToSignIn(error);
    console.error("auth: could not check access to the account", (error as Error).name);
    return "unknown";
  }
}

/**
 * Every page about one account passes here: a malformed ID is a 404, an
 * account the person may not act for a 403 (before any Moov call about it),
 * and the header says whose tickets are on screen.
 */
export default async function AccountLayout({ children, params }: Props) {
  const { accountID } = await params;
  if (!z.guid().safeParse(accountID).success) notFound();
  const agent = await requireAgent();
  const allowed = await access(accountID);
  if (allowed === "unknown") {
    return (
      <main className="mx-auto w-full max-w-6xl flex-1 px-4 py-6">
        <MoovUnreachable />
      </main>
    );
  }
  if (!allowed) forbidden();

  // Names come from the per-process cache (lib/auth/directory.ts): the frame of
  // the page (header, skeleton) goes out without waiting on Moov, and the page's
  // data streams in behind it. The token itself is proved by TokenCheck, streamed.
  const listed = await load(listActingAccounts);
  if (!listed.ok && listed.ended) await redirectToSignIn(listed.ended);
  const accounts = listed.ok ? listed.value : [];
  const fromList = accounts.find((account) => account.accountID === accountID);
  const current: ActingAccount = {
    accountID,
    displayName: fromList?.displayName ?? `Account ${accountID}`,
    via: fromList?.via,
  };

  return (
    <div className="flex min-h-screen flex-col">
      <AppHeader agent={{ ...agent, accountID }} accounts={accounts} current={current} />
      <Suspense fallback={null}>
        <TokenCheck accountID={accountID} />
      </Suspense>
      <main className="mx-auto w-full max-w-6xl flex-1 px-4 py-6">
        <MoovOutageBanner />
        <AccountViewTabs accountID={accountID} />
        <WithWaitingThresholds>{children}</WithWaitingThresholds>
      </main>
    </div>
  );
}
