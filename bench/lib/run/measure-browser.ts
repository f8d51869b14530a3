/**
 * What a person's browser sees: first-load JavaScript of the bare page and of
 * each measured page (the queue, the ticket page, the overviews), and click →
 * closed badge on tickets no other scenario touches.
 */

import type { Session } from "../app-client";
import {
  type CloseTiming,
  type FirstLoad,
  firstLoadJS,
  launchBrowser,
  timeCloseInBrowser,
} from "../browser";
import { atlasID } from "../setup";
import type { BrowserPage, Pages, Visit } from "./browser-pages";
import { step } from "./config";

/** The bare page always; each page only when the run measured it. */
export type FirstLoads = { bare: FirstLoad } & Partial<Record<BrowserPage, FirstLoad>>;

export type BrowserFigures = { firstLoad: FirstLoads; closeTimings: CloseTiming[] };

export async function measureBrowser(
  pages: Pages,
  visits: Visit[],
  closes: { atlas: Session; tickets: { ticketID: string }[] },
): Promise<BrowserFigures> {
  step(`browser: first-load JavaScript${closes.tickets.length > 0 ? " and Close" : ""}`);
  const browser = await launchBrowser();
  const firstLoad: FirstLoads = { bare: await firstLoadJS(browser, `${pages.bareURL}/`, []) };
  for (const visit of visits) {
    firstLoad[visit.page] = await firstLoadJS(browser, visit.url, visit.session.jar.entries());
  }
  const closeTimings: CloseTiming[] = [];
  for (const ticket of closes.tickets) {
    closeTimings.push(
      await timeCloseInBrowser(
        browser,
        `${pages.appURL}/accounts/${atlasID}/tickets/${ticket.ticketID}`,
        closes.atlas.jar.entries(),
      ),
    );
  }
  await browser.close();
  return { firstLoad, closeTimings };
}
