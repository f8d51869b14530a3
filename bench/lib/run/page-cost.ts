/**
 * What a page costs beyond the calls it cannot avoid: its whole response
 * against the bare Next.js page plus its upstream calls. The queue page makes
 * one list call; the ticket page makes get and messages in parallel, so it
 * waits for the slower of the two, each measured on its own.
 */
import type { Collected } from "../measure";
import { median } from "../stats";
import { perRound, type RoundP50 } from "./per-round";
import type { LoadRow } from "./request-rows";

export type Page = "queue" | "ticket";

const pageScenario: Record<Page, string> = { queue: "app.queue.atlas", ticket: "app.ticket" };
const upstreamCalls: Record<Page, string[]> = {
  queue: ["upstream.list.atlas"],
  ticket: ["upstream.get", "upstream.messages"],
};
const bareApp = "bare.dynamic";

/** Whole responses, p50, in ms; `upstreamMs` is the slowest of the page's parallel calls. */
export type PageCost = {
  /** pageMs ÷ (bareMs + upstreamMs) */
  ratio: number;
  /** at concurrency 1, the ratio in each round (`ratio` is their median) */
  rounds?: number[];
  pageMs: number;
  bareMs: number;
  upstreamMs: number;
};

/** A page's whole response ÷ its upstream calls alone: where added latency should hide the app. */
export type PageOverUpstream = {
  ratio: number;
  rounds: number[];
  pageMs: number;
  upstreamMs: number;
};

const slowest = (p50Of: (name: string) => number, names: string[]) =>
  Math.max(...names.map((name) => p50Of(name)));

const medianPerRound = (latency: Map<string, Collected>, formula: (p50Of: RoundP50) => number) =>
  median(perRound(latency, formula));

export function pageCostAtConcurrency1(latency: Map<string, Collected>): Record<Page, PageCost> {
  const cost = (page: Page): PageCost => {
    const upstream = (p50Of: RoundP50) => slowest(p50Of, upstreamCalls[page]);
    const rounds = perRound(
      latency,
      (p50Of) => p50Of(pageScenario[page]) / (p50Of(bareApp) + upstream(p50Of)),
    );
    return {
      ratio: median(rounds),
      rounds,
      pageMs: medianPerRound(latency, (p50Of) => p50Of(pageScenario[page])),
      bareMs: medianPerRound(latency, (p50Of) => p50Of(bareApp)),
      upstreamMs: medianPerRound(latency, upstream),
    };
  };
  return { queue: cost("queue"), ticket: cost("ticket") };
}

/** At concurrency 10, from the medians over the load rounds (no per-round pairing there). */
export function pageCostUnderLoad(loadRows: LoadRow[]): Record<Page, PageCost> {
  const whole = (name: string) => loadRows.find((row) => row.name === name)?.wholeP50 ?? Number.NaN;
  const cost = (page: Page): PageCost => {
    const pageMs = whole(pageScenario[page]);
    const bareMs = whole(bareApp);
    const upstreamMs = slowest(whole, upstreamCalls[page]);
    return { ratio: pageMs / (bareMs + upstreamMs), pageMs, bareMs, upstreamMs };
  };
  return { queue: cost("queue"), ticket: cost("ticket") };
}

export function pageOverUpstream(latency: Map<string, Collected>): Record<Page, PageOverUpstream> {
  const over = (page: Page): PageOverUpstream => {
    const upstream = (p50Of: RoundP50) => slowest(p50Of, upstreamCalls[page]);
    const rounds = perRound(latency, (p50Of) => p50Of(pageScenario[page]) / upstream(p50Of));
    return {
      ratio: median(rounds),
      rounds,
      pageMs: medianPerRound(latency, (p50Of) => p50Of(pageScenario[page])),
      upstreamMs: medianPerRound(latency, upstream),
    };
  };
  return { queue: over("queue"), ticket: over("ticket") };
}
