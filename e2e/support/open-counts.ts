import type { EmulatorAdmin } from "../fixtures/emulator-admin";

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
