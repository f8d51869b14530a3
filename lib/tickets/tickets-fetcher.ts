import type { MessageDTO, TicketDTO, TicketPage } from "./dto";
import type { QueueFilters } from "./schemas";

/**
 * How ticket data is read. The server reads Moov directly (server-fetcher.ts);
 * the browser reads the app's route handlers (browser-fetcher.ts). Both resolve
 * to the same shapes and fail with a UserFacingError (lib/errors), so one set
 * of query options serves both.
 */
export type TicketsFetcher = {
  listTickets(accountID: string, filters: QueueFilters, cursor?: string): Promise<TicketPage>;
  getTicket(accountID: string, ticketID: string): Promise<TicketDTO>;
  listMessages(accountID: string, ticketID: string): Promise<MessageDTO[]>;
};
