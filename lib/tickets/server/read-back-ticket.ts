import "server-only";
import type { Moov } from "@moovio/sdk";
import { getTicket } from "@/lib/moov/tickets";
import type { TicketDTO } from "../dto";

/**
 * After a close whose answer got lost (timeout, dropped connection, a 5xx),
 * Moov is asked what became of the ticket, so the agent is told the truth:
 * closed, still open, or (if Moov cannot say either) not known yet.
 */
export async function readBackTicket(
  moov: Moov,
  accountID: string,
  ticketID: string,
): Promise<{ ticket: TicketDTO; requestId?: string } | undefined> {
  try {
    const { data, requestId } = await getTicket(moov, accountID, ticketID);
    return { ticket: data, requestId };
  } catch {
    return undefined;
  }
}
