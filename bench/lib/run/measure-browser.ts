/**
 * What a person's browser sees: first-load JavaScript of the bare page, the
 * queue, the ticket page and the overview, and click → closed badge on tickets no other
 * scenario touches.
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
import type { Pages } from "./build-scenarios";
import { step } from "./config";

export type BrowserFigures = {
  firstLoad: Record<"bare" | "queue" | "ticket" | "overview", FirstLoad>;
  closeTimings: CloseTiming[];
};

export async function measureBrowser(
  atlas: Session,
  pages: Pages,
  closes: { ticketID: string }[],
): Promise<BrowserFigures> {
  step("browser: first-load JavaScript and Close");
  const browser = await launchBrowser();
  const cookies = atlas.jar.entries();
  const firstLoad = {
    bare: await firstLoadJS(browser, `${pages.bareURL}/`, []),
    queue: await firstLoadJS(browser, pages.queueURL(atlasID), cookies),
    ticket: await firstLoadJS(browser, pages.ticketURL(0), cookies),
    overview: await firstLoadJS(browser, pages.overviewURL(atlasID), cookies),
  };
  const closeTimings: CloseTiming[] = [];
  for (const ticket of closes) {
    closeTimings.push(
      await timeCloseInBrowser(
        browser,
        `${pages.appURL}/accounts/${atlasID}/tickets/${ticket.ticketID}`,
        atlas.jar.entries(),
      ),
    );
  }
  await browser.close();
  return { firstLoad, closeTimings };
}
