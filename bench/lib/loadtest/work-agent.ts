/**
 * One simulated agent: reads its queue and the list route between closes,
 * closes its own tickets at a steady pace over the minute, retries the ones
 * whose answer was lost, and checks that no ticket it saw closed comes back.
 */
import type { Session } from "../app-client";
import { closeOnce } from "./close-once";
import type { Ledger } from "./ledger";
import { accounts, agentCount, type CloseState, closeSpreadMs, now, sleep } from "./plan";

export type Shared = {
  ledger: Ledger;
  appURL: string;
  actionID: string;
  /** per account: ticketID → when an agent learnt it was closed (for stale-read checks) */
  closedAt: Map<string, Map<string, number>>;
  staleReads: string[];
};

/**
 * Ticket j of an account belongs to agent j % 10 of that account, who works
 * them in an order shuffled by a fixed hash (the same in every run).
 */
export function ownTickets(states: CloseState[][], agent: number): CloseState[] {
  const perAccount = agentCount / accounts.length;
  const slot = Math.floor(agent / accounts.length);
  return (states[agent % accounts.length] ?? [])
    .filter((_, j) => j % perAccount === slot)
    .map((state, j) => ({ state, key: ((j + 1) * 2654435761 + agent * 40503) % 4294967296 }))
    .sort((x, y) => x.key - y.key)
    .map(({ state }) => state);
}

export async function workAgent(
  index: number,
  session: Session,
  accountID: string,
  own: CloseState[],
  shared: Shared,
  deadline: number,
): Promise<void> {
  const { appURL, ledger } = shared;
  const queueURL = `${appURL}/accounts/${accountID}/tickets`;
  const pending = [...own];
  const pace = closeSpreadMs / own.length;
  const begun = now();
  let closed = 0;
  let cycle = 0;
  // Agents start a little apart, as people do.
  await sleep((index * 97) % 1000);
  while (pending.length > 0 && now() < deadline) {
    const cycleStart = now();
    // Reads fill the time between closes; an agent behind its schedule only closes.
    const behind = closed < (now() - begun) / pace - 1;
    if (!behind) {
      cycle++;
      if (cycle % 4 === 0) {
        await ledger.timedGet("queue page", session, queueURL);
      } else {
        const readStart = now();
        const read = await ledger.timedGet(
          "list route",
          session,
          `${appURL}/api/accounts/${accountID}/tickets`,
        );
        if (read.ok) checkFresh(read.body, accountID, readStart, shared);
      }
    }
    const state = pending.shift();
    if (!state) break;
    const done = await closeOnce(state, session, accountID, shared);
    if (done) closed++;
    else pending.push(state);
    const wait = done ? pace - (now() - cycleStart) : 300;
    if (wait > 0) await sleep(Math.min(wait, Math.max(0, deadline - now())));
  }
}

/** A ticket an agent already saw closed must not come back in an "open" list read after that. */
function checkFresh(body: string, accountID: string, readStart: number, shared: Shared): void {
  let items: Array<{ ticketID: string; status: string }> = [];
  try {
    items = (JSON.parse(body) as { items: typeof items }).items;
  } catch {
    return;
  }
  const closed = shared.closedAt.get(accountID);
  for (const item of items) {
    const at = closed?.get(item.ticketID);
    if (at !== undefined && at < readStart) {
      shared.staleReads.push(
        `${item.ticketID} listed as ${item.status} after its close was answered`,
      );
    }
  }
}
