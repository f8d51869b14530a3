/**
 * The verdict, read from the emulator after the work: every ticket's final
 * status and the successful PATCHes in the copied journal, set against what
 * the agents saw. Each broken invariant is added to the ledger's failures.
 */
import { type EmulatorAPI, KeyPairClient } from "../emulator-api";
import type { Outage } from "./chaos";
import type { JournalCopy } from "./journal-copy";
import type { Call, Ledger } from "./ledger";
import { accounts, type CloseState } from "./plan";

type PatchCounts = { ok: number; conflict: number; other: number };

export type Verdict = ReturnType<typeof judge>;

/** Final status of every ticket this run created (its foreignID starts with the run's tag). */
export async function finalStatuses(admin: EmulatorAPI, tag: string): Promise<Map<string, string>> {
  const seed = await admin.seedInfo();
  const finalStatus = new Map<string, string>();
  for (const { accountID } of accounts) {
    const keys = seed.find((entry) => entry.accountID === accountID)?.apiKeys[0];
    if (!keys) throw new Error(`no key pair for ${accountID}`);
    for (const ticket of await new KeyPairClient(admin.url, keys).allTickets(accountID)) {
      if (ticket.foreignID?.startsWith(`${tag}-`)) finalStatus.set(ticket.ticketID, ticket.status);
    }
  }
  return finalStatus;
}

function patchesPerTicket(journal: JournalCopy): Map<string, PatchCounts> {
  const patches = new Map<string, PatchCounts>();
  for (const entry of journal.entries.values()) {
    if (entry.method !== "PATCH") continue;
    const ticketID = entry.path.split("/").at(-1) ?? "";
    const counts = patches.get(ticketID) ?? { ok: 0, conflict: 0, other: 0 };
    if (entry.status === 200) counts.ok++;
    else if (entry.status === 409) counts.conflict++;
    else counts.other++;
    patches.set(ticketID, counts);
  }
  return patches;
}

export function judge(
  all: CloseState[],
  finalStatus: Map<string, string>,
  journal: JournalCopy,
  outage: Outage,
  ledger: Ledger,
) {
  const patches = patchesPerTicket(journal);
  const successes = (state: CloseState) => patches.get(state.ticket.ticketID)?.ok ?? 0;
  const notClosed = all.filter((state) => finalStatus.get(state.ticket.ticketID) !== "closed");
  const twice = all.filter((state) => successes(state) > 1);
  const unobserved = all.filter((state) => successes(state) === 0);
  // The journal lives in the emulator's memory and was copied up to just before the kill: a
  // success missing from it is explained only by an attempt in flight around the kill.
  const aroundKill = (state: CloseState) =>
    state.tries.some(([start, end]) => start <= outage.down + 50 && end >= outage.down - 1000);
  const during = (call: Call) => call.end >= outage.down && call.start <= outage.up;
  const serverErrors = ledger.calls.filter((call) => call.status >= 500);
  return {
    all,
    finalCount: finalStatus.size,
    notClosed,
    twice,
    unobserved,
    lostWithKill: unobserved.filter(aroundKill),
    retried409: all.filter((state) => state.closedBy === "409-after-retry"),
    during,
    serverErrors,
    outsideOutage: serverErrors.filter((call) => !during(call)),
  };
}

export function recordBrokenInvariants(verdict: Verdict, staleReads: string[], ledger: Ledger) {
  const failures = ledger.invariantFailures;
  const { all, notClosed, twice, unobserved, lostWithKill, outsideOutage } = verdict;
  if (verdict.finalCount !== all.length) {
    failures.push(`the emulator holds ${verdict.finalCount} of the ${all.length} tickets`);
  }
  if (notClosed.length > 0) {
    failures.push(`${notClosed.length} tickets are not closed (lost or unfinished closes)`);
  }
  if (twice.length > 0) {
    failures.push(`${twice.length} tickets have more than one successful PATCH`);
  }
  if (unobserved.length > lostWithKill.length) {
    failures.push(
      `${unobserved.length - lostWithKill.length} closed tickets have no successful PATCH in the journal`,
    );
  }
  for (const stale of staleReads.slice(0, 5)) failures.push(`stale read: ${stale}`);
  if (staleReads.length > 5) failures.push(`… ${staleReads.length - 5} more stale reads`);
  if (outsideOutage.length > 0) {
    failures.push(`${outsideOutage.length} 5xx answers from the app outside the outage`);
  }
}
