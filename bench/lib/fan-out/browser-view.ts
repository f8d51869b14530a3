/**
 * The merged queue as a person sees it: /tickets opened in Chromium, timed
 * from the moment the page asked for its rows (the browser's GET
 * /api/tickets) to the first row link in the DOM and the frame after it
 * (painted); also from the navigation's start, and to the stream's end.
 */
import type { Browser } from "playwright-core";
import { allAccountsPaths } from "../../../lib/all-accounts/contract";
import type { Cookies } from "../browser";

export type BrowserView = {
  /** navigation start → first row painted */
  paintedFromNavigationMs: number;
  /** the browser's GET /api/tickets started → first row painted (NaN when the page asked for none) */
  paintedFromRequestMs: number;
  /** the browser's GET /api/tickets: start → its last byte */
  requestWholeMs: number;
  rowsInDOM: number;
};

type Marks = { rowAt?: number; paintedAt?: number; rows?: number };
type ApiTiming = { startTime: number; responseEnd: number };

/** Put into the page before its own scripts run (an init script is not subject to the app's CSP). */
const installMarks = `(() => {
  const marks = {};
  window.__fanOut = marks;
  // A ticket's link (/accounts/<id>/tickets/<ticketID>), not "New ticket" (…/tickets/new).
  const rowLinks = () => [...document.querySelectorAll('a[href^="/accounts/"][href*="/tickets/"]')]
    .filter((link) => !link.getAttribute("href").endsWith("/tickets/new"));
  const check = () => {
    if (marks.rowAt !== undefined) return;
    const rows = rowLinks().length;
    if (rows === 0) return;
    marks.rowAt = performance.now();
    marks.rows = rows;
    requestAnimationFrame(() => { marks.paintedAt = performance.now(); });
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true });
})()`;

const apiTimings = `performance.getEntriesByType("resource")
  .filter((entry) => new URL(entry.name).pathname === "${allAccountsPaths.queueAPI}")
  .map((entry) => ({ startTime: entry.startTime, responseEnd: entry.responseEnd }))`;

export async function timeBrowserView(
  browser: Browser,
  appURL: string,
  cookies: Cookies,
  query: string,
  timeoutMs = 60_000,
): Promise<BrowserView> {
  const context = await browser.newContext();
  await context.addCookies(cookies.map(([name, value]) => ({ name, value, url: appURL })));
  await context.addInitScript(installMarks);
  const page = await context.newPage();
  try {
    const url = `${appURL}${allAccountsPaths.queue}?${query}`;
    const answer = await page.goto(url, { waitUntil: "commit" });
    if (!answer?.ok()) throw new Error(`${url} answered ${answer?.status()} in the browser`);
    const deadline = Date.now() + timeoutMs;
    // A page that renders its first rows on the server may never ask: then wait a little only.
    let paintedSeenAt: number | undefined;
    for (;;) {
      const marks = (await page.evaluate("window.__fanOut")) as Marks;
      const api = (await page.evaluate(apiTimings)) as ApiTiming[];
      if (marks.paintedAt !== undefined) paintedSeenAt ??= Date.now();
      if (paintedSeenAt !== undefined && (api.length > 0 || Date.now() - paintedSeenAt > 10_000))
        break;
      if (Date.now() > deadline) {
        throw new Error(
          `no row painted and no ${allAccountsPaths.queueAPI} answer within ${timeoutMs / 1000} s: ${JSON.stringify({ marks, api })}`,
        );
      }
      await page.waitForTimeout(20);
    }
    const marks = (await page.evaluate("window.__fanOut")) as Marks;
    const [api] = (await page.evaluate(apiTimings)) as ApiTiming[];
    const painted = marks.paintedAt ?? Number.NaN;
    return {
      paintedFromNavigationMs: painted,
      paintedFromRequestMs: api ? painted - api.startTime : Number.NaN,
      requestWholeMs: api ? api.responseEnd - api.startTime : Number.NaN,
      rowsInDOM: marks.rows ?? 0,
    };
  } finally {
    await context.close();
  }
}
