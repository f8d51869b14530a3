/** The load test's Markdown: latency per kind of request, and the invariants with their figures. */
import { ms, table } from "../report";
import { summarize } from "../stats";
import type { Outage } from "./chaos";
import type { JournalCopy } from "./journal-copy";
import { kinds, type Ledger } from "./ledger";
import type { Verdict } from "./verify";

export function latencyTable(ledger: Ledger, verdict: Verdict): string {
  const { during } = verdict;
  return table(
    ["Request", "n", "ok", "5xx", "failed, outage", "p50 ms", "p95 ms", "p95 ms outside outage"],
    kinds.map((kind) => {
      const mine = ledger.calls.filter((call) => call.kind === kind);
      const all = summarize(mine.map((call) => call.end - call.start));
      const calm = summarize(
        mine.filter((call) => !during(call)).map((call) => call.end - call.start),
      );
      return [
        kind,
        mine.length,
        mine.filter((call) => call.ok).length,
        mine.filter((call) => call.status >= 500).length,
        mine.filter((call) => !call.ok && during(call)).length,
        ms(all.p50),
        ms(all.p95),
        ms(calm.p95),
      ];
    }),
  );
}

export type WorkFigures = {
  verdict: Verdict;
  staleReads: number;
  outage: Outage;
  workStart: number;
  workSeconds: number;
  ledger: Ledger;
  journal: JournalCopy;
};

export function invariantsTable(figures: WorkFigures): string {
  const { verdict, outage, ledger } = figures;
  const { all, notClosed, unobserved, twice, serverErrors, outsideOutage } = verdict;
  return table(
    ["Invariant", "Result"],
    [
      [
        "Tickets closed (emulator's final state)",
        `${all.length - notClosed.length} / ${all.length}`,
      ],
      [
        "Successful PATCHes per ticket in the journal",
        `${all.length - unobserved.length - twice.length} exactly one, ${twice.length} more than one, ${unobserved.length} none seen`,
      ],
      [
        "  of which none seen: attempted around the kill (journal lost with the process)",
        String(verdict.lostWithKill.length),
      ],
      [
        "Closed by a retry that got 409 (the first try was unanswered but had reached Moov)",
        String(verdict.retried409.length),
      ],
      [
        "Close attempts / unanswered or failed attempts retried",
        `${all.reduce((s, x) => s + x.attempts, 0)} / ${all.reduce((s, x) => s + x.ambiguous, 0)}`,
      ],
      [
        "Stale reads (a closed ticket listed again after its close was answered)",
        String(figures.staleReads),
      ],
      [
        "App 5xx during the outage / outside it",
        `${serverErrors.length - outsideOutage.length} / ${outsideOutage.length}`,
      ],
      [
        "Outage (kill -9 → emulator answering again)",
        `${ms(outage.up - outage.down)} ms, from ${((outage.down - figures.workStart) / 1000).toFixed(1)} s`,
      ],
      [
        "Work phase",
        `${figures.workSeconds.toFixed(1)} s, ${ledger.calls.filter((c) => c.kind !== "sign-in").length} app requests, ${figures.journal.entries.size} Moov requests seen`,
      ],
    ],
  );
}
