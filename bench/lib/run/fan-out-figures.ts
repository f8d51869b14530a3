/**
 * The fan-out scenario's figures (bench/lib/fan-out/): medians over the
 * views of each kind, the calls the emulator's journal saw, and the bounds
 * the goals compare them with, each worked out from this run's own baseline.
 */
import type { FanOutMeasured, MeasuredView } from "../fan-out/measure-fan-out";
import { describeNeeds, totalNeeded } from "../fan-out/needed-calls";
import { rateLimitedShown } from "../fan-out/stream-view";
import { summarize } from "../stats";

export type FanOutFigures = ReturnType<typeof fanOutFiguresFrom>;

const callsOfView = ({ calls }: MeasuredView) => ({
  total: calls.total,
  list: calls.list,
  token: calls.token,
  directory: calls.directory,
  other: calls.other,
  duplicates: calls.duplicates,
  duplicateExamples: calls.duplicateExamples,
  tooManyRequests: calls.tooManyRequests,
  listedAccounts: calls.listedAccounts,
});

/** What the person was shown, per view: accounts that failed, and those refused as rate-limited. */
const shownOf = ({ view }: MeasuredView) => ({
  startMs: view.startMs,
  firstRowsMs: view.firstRowsMs,
  endMs: view.endMs,
  answered: view.answered,
  failed: view.failed.length,
  rateLimited: rateLimitedShown(view),
  rows: view.rows,
  failedExamples: view.failed.slice(0, 3).map((failure) => `${failure.code}: ${failure.message}`),
});

export function fanOutFiguresFrom(measured: FanOutMeasured) {
  const { accounts, needed, concurrency, cold, warm, firstEver, browser } = measured;
  const listCall = summarize(measured.listCallMs);
  const singleQueue = summarize(measured.singleQueueMs);
  const neededListCalls = totalNeeded(needed, accounts);
  const allViews = [firstEver, ...cold, ...warm];
  const coldCalls = cold.map(callsOfView);
  return {
    accounts: accounts.length,
    concurrency,
    cacheMaxAgeSeconds: measured.cacheMaxAgeSeconds,
    rateLimitPerSecond: measured.rateLimitPerSecond,
    /** list pages per account a cold view needs, e.g. "195 × 1, 6 × 2" */
    needs: describeNeeds(needed, accounts),
    neededListCalls,
    listCall,
    singleQueue,
    firstEver: { ...shownOf(firstEver), calls: callsOfView(firstEver) },
    cold: {
      start: summarize(cold.map((view) => view.view.startMs)),
      firstRows: summarize(cold.map((view) => view.view.firstRowsMs)),
      complete: summarize(cold.map((view) => view.view.endMs)),
      views: cold.map((view) => ({ ...shownOf(view), calls: callsOfView(view) })),
      /** the view with the most calls: the goal holds for every cold view or not at all */
      mostCalls: Math.max(...coldCalls.map((calls) => calls.total - calls.directory)),
      duplicates: Math.max(...coldCalls.map((calls) => calls.duplicates)),
    },
    warm: {
      whole: summarize(warm.map((view) => view.view.wholeMs)),
      listCalls: warm.reduce((sum, view) => sum + view.calls.list, 0),
      views: warm.length,
    },
    browser: {
      paintedFromRequest: summarize(browser.map((view) => view.paintedFromRequestMs)),
      paintedFromNavigation: summarize(browser.map((view) => view.paintedFromNavigationMs)),
      requestWhole: summarize(browser.map((view) => view.requestWholeMs)),
      views: browser,
    },
    rateLimitedShown: allViews.reduce((sum, view) => sum + rateLimitedShown(view.view), 0),
    failedShown: allViews.reduce((sum, view) => sum + view.view.failed.length, 0),
    tooManyRequestsMet: allViews.reduce((sum, view) => sum + view.calls.tooManyRequests, 0),
    bounds: {
      firstRowsMs: 2 * listCall.p50,
      completeMs: 1.3 * (accounts.length / concurrency) * listCall.p50,
      coldCalls: neededListCalls,
      firstEverCalls: neededListCalls + accounts.length,
      secondViewMs: 1.2 * singleQueue.p50,
    },
    failures: measured.failures,
  };
}
