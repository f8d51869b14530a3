import "server-only";
import { actForAccount } from "@/lib/auth/agent";
import { UserFacingError } from "@/lib/errors/user-error";
import { getTicket, listMessages, listTicketPage } from "@/lib/moov/tickets";
import type { TicketsFetcher } from "../tickets-fetcher";
import { describeFailure } from "./describe-failure";

/** Server-side prefetches read Moov directly with the session's token for the account. */
async function withAccount<T>(
  accountID: string,
  read: (moov: Awaited<ReturnType<typeof actForAccount>>["moov"]) => Promise<{ data: T }>,
): Promise<T> {
  try {
    const { moov } = await actForAccount(accountID);
    return (await read(moov)).data;
  } catch (error) {
    throw new UserFacingError(describeFailure(error));
  }
}

export const serverFetcher: TicketsFetcher = {
  listTickets: (accountID, filters, cursor) =>
    withAccount(accountID, (moov) => listTicketPage(moov, accountID, filters, cursor)),
  getTicket: (accountID, ticketID) =>
    withAccount(accountID, (moov) => getTicket(moov, accountID, ticketID)),
  listMessages: (accountID, ticketID) =>
    withAccount(accountID, (moov) => listMessages(moov, accountID, ticketID)),
};
