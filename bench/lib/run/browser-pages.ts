/**
 * The pages whose first-load JavaScript and Lighthouse scores a run
 * measures, where each one is and who looks at it. The full run measures
 * them all; `--only overview` the two overviews, through the same steps.
 */
import type { Session } from "../app-client";
import { atlasID } from "../setup";
import type { People } from "./start-stack";

export type BrowserPage = "queue" | "ticket" | "overview" | "overviewAll";

export const allBrowserPages: BrowserPage[] = ["queue", "ticket", "overview", "overviewAll"];
export const overviewPages: BrowserPage[] = ["overview", "overviewAll"];

/** As the tables and goals name them. */
export const browserPageLabels: Record<BrowserPage, string> = {
  queue: "queue page",
  ticket: "ticket page",
  overview: "overview page (one account, Atlas's agent)",
  overviewAll: "all-accounts overview (Summit's partner, 201 accounts)",
};

export type Pages = {
  appURL: string;
  queueURL: (accountID: string) => string;
  ticketURL: (i: number) => string;
  /** One account's overview: its charts over its open tickets and the last 12 weeks. */
  overviewURL: (accountID: string) => string;
  /** `/overview`: the charts of every account the person acts for. */
  overviewAllURL: string;
  bareURL: string;
};

export function pagesOf(
  appURL: string,
  bareURL: string,
  readTickets: { ticketID: string }[],
): Pages {
  return {
    appURL,
    queueURL: (accountID) => `${appURL}/accounts/${accountID}/tickets`,
    ticketURL: (i) =>
      `${appURL}/accounts/${atlasID}/tickets/${readTickets[i % readTickets.length]?.ticketID}`,
    overviewURL: (accountID) => `${appURL}/accounts/${accountID}/overview`,
    overviewAllURL: `${appURL}/overview`,
    bareURL,
  };
}

export type Visit = { page: BrowserPage; url: string; session: Session };

/** Atlas's agent opens Atlas's pages; Summit's partner the whole book, where the by-account chart shows. */
export function visitsOf(which: BrowserPage[], pages: Pages, people: People): Visit[] {
  const visit: Record<BrowserPage, Omit<Visit, "page">> = {
    queue: { url: pages.queueURL(atlasID), session: people.atlas },
    ticket: { url: pages.ticketURL(1), session: people.atlas },
    overview: { url: pages.overviewURL(atlasID), session: people.atlas },
    overviewAll: { url: pages.overviewAllURL, session: people.partner },
  };
  return which.map((page) => ({ page, ...visit[page] }));
}
