/**
 * The measured operations: the SDK called directly (the upstream baseline)
 * and the same work through the app, signed in.
 */
import type http from "node:http";
import type { Moov } from "@moovio/sdk";
import { ticketPageSize } from "../../lib/tickets/paging";
import { closeTicketAction, type Session } from "./app-client";
import type { Ticket } from "./emulator-api";
import { request } from "./http";
import { type Operation, timed } from "./measure";

const failure = (error: unknown) => ({
  ok: false,
  note: error instanceof Error ? error.message.slice(0, 160) : String(error),
});

async function sdkCall(run: () => Promise<unknown>): Promise<{ ok: boolean; note?: string }> {
  try {
    await run();
    return { ok: true };
  } catch (error) {
    return failure(error);
  }
}

/** The list call the queue page makes for its first page (no status: "open" is filtered in the app). */
export const upstreamList =
  (moov: Moov, accountID: string): Operation =>
  () =>
    timed(() => sdkCall(() => moov.support.listTickets({ accountID, count: ticketPageSize })));

/** One ticket's get: one of the two calls the ticket page makes in parallel. */
export const upstreamGet =
  (moov: Moov, accountID: string, tickets: readonly Ticket[]): Operation =>
  (i) => {
    const ticketID = (tickets[i % tickets.length] as Ticket).ticketID;
    return timed(() => sdkCall(() => moov.support.getTicket({ accountID, ticketID })));
  };

/** One ticket's messages: the other of the ticket page's two calls. */
export const upstreamMessages =
  (moov: Moov, accountID: string, tickets: readonly Ticket[]): Operation =>
  (i) => {
    const ticketID = (tickets[i % tickets.length] as Ticket).ticketID;
    return timed(() => sdkCall(() => moov.support.listTicketMessages({ accountID, ticketID })));
  };

/** get + messages, one after the other: what the ticket page needs. */
export const upstreamGetAndMessages =
  (moov: Moov, accountID: string, tickets: readonly Ticket[]): Operation =>
  (i) => {
    const ticketID = (tickets[i % tickets.length] as Ticket).ticketID;
    return timed(() =>
      sdkCall(async () => {
        await moov.support.getTicket({ accountID, ticketID });
        await moov.support.listTicketMessages({ accountID, ticketID });
      }),
    );
  };

export type TicketSupply = { next(): Ticket };

export function ticketSupply(tickets: readonly Ticket[]): TicketSupply {
  let index = 0;
  return {
    next() {
      const ticket = tickets[index++];
      if (!ticket) throw new Error("the bench ran out of open tickets to close");
      return ticket;
    },
  };
}

export const upstreamClose =
  (moov: Moov, accountID: string, supply: TicketSupply): Operation =>
  () => {
    const { ticketID } = supply.next();
    return timed(() =>
      sdkCall(() =>
        moov.support.updateTicket({ accountID, ticketID, updateTicket: { status: "closed" } }),
      ),
    );
  };

/** A signed-in GET; the sample's ttfb is the time to the response's status line. */
export const appGet =
  (session: Session, urlFor: (i: number) => string, agent: http.Agent): Operation =>
  async (i) => {
    const url = urlFor(i);
    try {
      const answer = await request(url, { jar: session.jar, agent, keepBody: false });
      const ok = answer.status === 200;
      return {
        ms: answer.totalMs,
        ttfbMs: answer.ttfbMs,
        ok,
        note: ok ? undefined : `${answer.status} ${answer.headers.location ?? ""} ${url}`,
      };
    } catch (error) {
      return { ms: Number.NaN, ttfbMs: Number.NaN, ...failure(error) };
    }
  };

/** Close through the server action, posted to the ticket's page as the browser does. */
export const appClose =
  (
    session: Session,
    appURL: string,
    accountID: string,
    actionID: string,
    supply: TicketSupply,
    agent: http.Agent,
  ): Operation =>
  async () => {
    const { ticketID } = supply.next();
    try {
      const answer = await closeTicketAction(
        { appURL, actionID, accountID, ticketID },
        session.jar,
        agent,
      );
      const result = answer.result as { ok?: boolean; code?: string } | undefined;
      const ok = answer.status === 200 && result?.ok === true;
      return {
        ms: answer.totalMs,
        ttfbMs: answer.ttfbMs,
        ok,
        note: ok ? undefined : `${answer.status} ${JSON.stringify(result)?.slice(0, 120)}`,
      };
    } catch (error) {
      return { ms: Number.NaN, ttfbMs: Number.NaN, ...failure(error) };
    }
  };
