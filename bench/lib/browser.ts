/**
 * What a person's browser sees: first-load JavaScript of a page, and the time
 * from the click on "Close permanently" to the badge showing closed and to the
 * server action's answer. Chromium (Debian's) driven by playwright-core.
 */
import { gzipSync } from "node:zlib";
import { type Browser, chromium } from "playwright-core";

export const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const chromiumFlags = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, headless: true, args: chromiumFlags });
}

export type Cookies = Array<[string, string]>;

async function contextWith(browser: Browser, origin: string, cookies: Cookies) {
  const context = await browser.newContext();
  if (cookies.length > 0) {
    await context.addCookies(cookies.map(([name, value]) => ({ name, value, url: origin })));
  }
  return context;
}

export type FirstLoad = { files: number; rawBytes: number; gzipBytes: number; scripts: string[] };

/** Every script the page loads until it is idle after `load`, gzipped here at level 6 (as `next start` serves it). */
export async function firstLoadJS(
  browser: Browser,
  url: string,
  cookies: Cookies,
): Promise<FirstLoad> {
  const origin = new URL(url).origin;
  const context = await contextWith(browser, origin, cookies);
  const page = await context.newPage();
  const bodies = new Map<string, Promise<Buffer>>();
  page.on("response", (response) => {
    if (response.request().resourceType() !== "script") return;
    if (!bodies.has(response.url())) bodies.set(response.url(), response.body());
  });
  const answer = await page.goto(url, { waitUntil: "load" });
  if (!answer?.ok()) throw new Error(`${url} answered ${answer?.status()} in the browser`);
  await page.waitForTimeout(1000);
  let rawBytes = 0;
  let gzipBytes = 0;
  for (const body of bodies.values()) {
    const buffer = await body;
    rawBytes += buffer.length;
    gzipBytes += gzipSync(buffer, { level: 6 }).length;
  }
  await context.close();
  return { files: bodies.size, rawBytes, gzipBytes, scripts: [...bodies.keys()] };
}

export type CloseTiming = { badgeMs: number; paintedMs: number; answerMs: number };

type Marks = { clickAt?: number; changedAt?: number; paintedAt?: number; answerAt?: number };

/**
 * Put into the page as text (tsx would wrap a function in helpers the page
 * lacks). Marks the confirming click (its event time), the first moment a
 * closed badge is in the DOM, the next frame after it (when it is painted),
 * and the end of the server action's answer (the first non-/api/ fetch after
 * the click: actions POST to the page's own URL).
 */
const installMarks = `(() => {
  const marks = {};
  window.__bench = marks;
  document.addEventListener("click", (event) => {
    const button = event.target && event.target.closest ? event.target.closest("button") : null;
    if (marks.clickAt === undefined && button && button.textContent.includes("Close permanently")) {
      marks.clickAt = event.timeStamp;
    }
  }, true);
  const check = () => {
    if (marks.changedAt !== undefined || marks.clickAt === undefined) return;
    if (!document.querySelector('[data-status="closed"]')) return;
    marks.changedAt = performance.now();
    requestAnimationFrame(() => { marks.paintedAt = performance.now(); });
  };
  new MutationObserver(check).observe(document.body, {
    subtree: true, childList: true, attributes: true, attributeFilter: ["data-status"],
  });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (marks.answerAt !== undefined || marks.clickAt === undefined) continue;
      if (entry.initiatorType !== "fetch" || entry.startTime < marks.clickAt) continue;
      if (new URL(entry.name).pathname.startsWith("/api/")) continue;
      marks.answerAt = entry.responseEnd;
    }
  }).observe({ type: "resource" });
})()`;

/** Opens the ticket page, asks to close it, and times the confirming click. */
export async function timeCloseInBrowser(
  browser: Browser,
  ticketURL: string,
  cookies: Cookies,
): Promise<CloseTiming> {
  const context = await contextWith(browser, new URL(ticketURL).origin, cookies);
  const page = await context.newPage();
  try {
    const answer = await page.goto(ticketURL, { waitUntil: "load" });
    if (!answer?.ok()) throw new Error(`${ticketURL} answered ${answer?.status()} in the browser`);
    await page.getByRole("button", { name: "Close ticket" }).click();
    const confirm = page.getByRole("dialog").getByRole("button", { name: "Close permanently" });
    await confirm.waitFor();
    await page.evaluate(installMarks);
    await confirm.click();
    // Polled from outside: the app's CSP (rightly) forbids the eval a waitForFunction string needs.
    const deadline = Date.now() + 15_000;
    for (;;) {
      const seen = (await page.evaluate("window.__bench")) as Marks;
      if (seen.paintedAt !== undefined && seen.answerAt !== undefined) break;
      if (Date.now() > deadline)
        throw new Error(`no closed badge or answer within 15 s: ${JSON.stringify(seen)}`);
      await page.waitForTimeout(20);
    }
    const marks = (await page.evaluate("window.__bench")) as Marks;
    const click = marks.clickAt ?? Number.NaN;
    return {
      badgeMs: (marks.changedAt ?? Number.NaN) - click,
      paintedMs: (marks.paintedAt ?? Number.NaN) - click,
      answerMs: (marks.answerAt ?? Number.NaN) - click,
    };
  } finally {
    await context.close();
  }
}
