import type { EmulatorAdmin, EmulatorTicket, SeedAccount } from "../fixtures/emulator-admin";
import { freshMerchantAccount, ownTicket } from "./tickets";

/** An account's open tickets by status, as the emulator (Moov) itself holds them. */
export type OpenCounts = { open: number; new: number; inProgress: number; onHold: number };

const openStatuses = ["new", "in-progress", "on-hold"] as const;

/** Counts the account's open tickets from Moov's own list, every page of every open status. */
export async function emulatorOpenCounts(
  emulator: EmulatorAdmin,
  accountID: string,
): Promise<OpenCounts> {
  const byStatus: Record<(typeof openStatuses)[number], number> = {
    new: 0,
    "in-progress": 0,
    "on-hold": 0,
  };
  for (const status of openStatuses) {
    let cursor: string | undefined;
    do {
      const query: Record<string, string> = { status, count: "1000" };
      if (cursor) query.cursor = cursor;
      const page = await emulator.listTickets(accountID, query);
      byStatus[status] += page.items.length;
      cursor = page.nextPage?.cursor;
    } while (cursor);
  }
  return {
    open: byStatus.new + byStatus["in-progress"] + byStatus["on-hold"],
    new: byStatus.new,
    inProgress: byStatus["in-progress"],
    onHold: byStatus["on-hold"],
  };
}

/**
 * A fresh merchant of Harbor with tickets in the given statuses, created in
 * the order new → in progress → on hold → closed (so with any new one, the
 * oldest open ticket is the first created). Only this test touches it.
 */
export async function merchantWithTickets(
  emulator: EmulatorAdmin,
  spread: { new: number; inProgress: number; onHold: number; closed: number },
): Promise<{ merchant: SeedAccount; first: EmulatorTicket }> {
  const merchant = await freshMerchantAccount(emulator);
  const moves: Array<[number, "in-progress" | "on-hold" | "closed" | undefined]> = [
    [spread.new, undefined],
    [spread.inProgress, "in-progress"],
    [spread.onHold, "on-hold"],
    [spread.closed, "closed"],
  ];
  const created: EmulatorTicket[] = [];
  for (const [count, status] of moves) {
    for (let n = 0; n < count; n++) {
      const ticket = await ownTicket(emulator, merchant.accountID);
      created.push(ticket);
      if (status) await emulator.setStaffStatus(ticket.ticketID, status);
    }
  }
  const first = created[0];
  if (!first) throw new Error("merchantWithTickets needs at least one ticket");
  return { merchant, first };
}
