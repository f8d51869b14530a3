/**
 * What a bench run measures side by side: the SDK calls straight to the
 * emulator (the upstream baseline), the same work through the signed-in app,
 * and the bare Next.js page; with the tickets each one reads or closes, so
 * no two scenarios ever close the same ticket.
 */
import type http from "node:http";
import path from "node:path";
import { serverActionID } from "../app-client";
import { CookieJar } from "../http";
import type { Scenario } from "../measure";
import { root } from "../processes";
import {
  appClose,
  appGet,
  ticketSupply,
  upstreamClose,
  upstreamGet,
  upstreamGetAndMessages,
  upstreamList,
  upstreamMessages,
} from "../scenarios";
import {
  atlasID,
  atlasTicketsBelowFirstPage,
  smallAccountID,
  smallAccountTickets,
  summitKeys,
} from "../setup";
import { moovForAccount } from "../upstream";
import { type Pages, pagesOf } from "./browser-pages";
import type { BenchConfig } from "./config";
import type { People, Stack } from "./start-stack";

export const labels: Record<string, string> = {
  "upstream.list.atlas": "SDK list, 25 tickets (Atlas, 10,000 tickets)",
  "upstream.list.small": `SDK list, 25 tickets (${smallAccountTickets}-ticket account)`,
  "upstream.get": "SDK get (one ticket)",
  "upstream.messages": "SDK messages (one ticket's thread)",
  "upstream.getAndMessages": "SDK get + messages (one after the other)",
  "upstream.close": "SDK close (PATCH)",
  "app.queue.atlas": "Queue page TTFB, Atlas (account agent)",
  "app.queue.small": `Queue page TTFB, ${smallAccountTickets}-ticket account`,
  "app.queue.atlas.partner": "Queue page TTFB, Atlas as Summit partner (200 accounts in switcher)",
  "app.ticket": "Ticket page TTFB",
  "app.close": "Close via server action (full answer)",
  "app.api.list.atlas": "GET /api/accounts/{id}/tickets (route handler)",
  "bare.dynamic": "Bare Next.js page rendered per request, TTFB (the framework's floor)",
};

/** Measured again at concurrency 10: each page beside its upstream calls and the bare page. */
export const loadScenarioNames = [
  "bare.dynamic",
  "upstream.list.atlas",
  "app.queue.atlas",
  "upstream.get",
  "upstream.messages",
  "upstream.getAndMessages",
  "app.ticket",
];

export type Built = { scenarios: Scenario[]; pages: Pages; browserCloses: { ticketID: string }[] };

export async function buildScenarios(
  config: BenchConfig,
  stack: Stack,
  people: People,
  agent: http.Agent,
): Promise<Built> {
  const { app, emulator } = stack;
  const candidates = await atlasTicketsBelowFirstPage(stack.admin);
  const readTickets = candidates.slice(0, 10);
  const closeCount =
    (config.rounds * config.samplesPerRound + config.warmup) * 2 + config.browserCloses;
  const closable = candidates.slice(10);
  if (closable.length < closeCount)
    throw new Error(`need ${closeCount} open Atlas tickets, found ${closable.length}`);
  const upstreamCloses = ticketSupply(closable.filter((_, i) => i % 2 === 0));
  const appCloses = ticketSupply(
    closable.filter((_, i) => i % 2 === 1).slice(config.browserCloses),
  );
  const browserCloses = closable.filter((_, i) => i % 2 === 1).slice(0, config.browserCloses);

  const moovAtlas = await moovForAccount(emulator.url, summitKeys, atlasID);
  const moovSmall = await moovForAccount(emulator.url, summitKeys, smallAccountID);
  const actionID = serverActionID(path.join(root, config.distDir), "closeTicket");
  const pages = pagesOf(app.url, stack.bare.url, readTickets);
  const { atlas, small, partner } = people;
  const anonymous = { email: "", jar: new CookieJar() };

  const scenarios: Scenario[] = [
    { name: "upstream.list.atlas", run: upstreamList(moovAtlas, atlasID) },
    { name: "upstream.list.small", run: upstreamList(moovSmall, smallAccountID) },
    { name: "upstream.get", run: upstreamGet(moovAtlas, atlasID, readTickets) },
    { name: "upstream.messages", run: upstreamMessages(moovAtlas, atlasID, readTickets) },
    {
      name: "upstream.getAndMessages",
      run: upstreamGetAndMessages(moovAtlas, atlasID, readTickets),
    },
    { name: "upstream.close", run: upstreamClose(moovAtlas, atlasID, upstreamCloses) },
    { name: "app.queue.atlas", run: appGet(atlas, () => pages.queueURL(atlasID), agent) },
    { name: "app.queue.small", run: appGet(small, () => pages.queueURL(smallAccountID), agent) },
    { name: "app.queue.atlas.partner", run: appGet(partner, () => pages.queueURL(atlasID), agent) },
    { name: "app.ticket", run: appGet(atlas, pages.ticketURL, agent) },
    { name: "app.close", run: appClose(atlas, app.url, atlasID, actionID, appCloses, agent) },
    { name: "bare.dynamic", run: appGet(anonymous, () => `${pages.bareURL}/dynamic`, agent) },
    {
      name: "app.api.list.atlas",
      run: appGet(atlas, () => `${app.url}/api/accounts/${atlasID}/tickets`, agent),
    },
  ];
  return { scenarios, pages, browserCloses };
}
