import type { ReadPage } from "@/lib/all-accounts/server/account-reads";
import type { ListQuery } from "@/lib/moov/tickets";
import type { TicketDTO } from "@/lib/tickets/dto";

/**
 * A stand-in for one account's Moov ticket list that never exists as a list:
 * each page is made from its cursor when asked for, with Moov's paging rule
 * (newest first by number; the cursor means "below number N"). So a test can
 * stream 10,000 or 100,000 tickets and prove the code under test never needed
 * them all at once. Ticket `n` was created `n` minutes after `epoch`.
 */
export type GeneratedList = {
  read: ReadPage;
  calls: ListQuery[];
  ticket: (number: number) => TicketDTO;
};

export type GeneratedListOptions = {
  epoch?: number;
  statusOf?: (number: number) => string;
  titleOf?: (number: number) => string;
  /** Fails the read of this page (1 = the first), every time it is asked for. */
  failOnPage?: { page: number; error: unknown };
};

export function generatedList(
  accountID: string,
  count: number,
  options: GeneratedListOptions = {},
): GeneratedList {
  const epoch = options.epoch ?? Date.parse("2026-01-01T00:00:00Z");
  const statusOf = options.statusOf ?? (() => "new");
  const titleOf = options.titleOf ?? ((n: number) => `Ticket ${n} of ${accountID}`);
  const calls: ListQuery[] = [];
  const ticket = (number: number): TicketDTO => {
    const at = new Date(epoch + number * 60_000).toISOString();
    return {
      ticketID: `${accountID}-t${number}`,
      number,
      title: titleOf(number),
      contact: { email: `contact-${number}@example.com`, name: `Contact ${number}` },
      status: statusOf(number),
      createdOn: at,
      updatedOn: at,
      latestMessageOn: at,
    };
  };
  const read: ReadPage = async (query) => {
    calls.push(query);
    if (options.failOnPage && calls.length === options.failOnPage.page) {
      throw options.failOnPage.error;
    }
    const items: TicketDTO[] = [];
    let number = query.cursor ? Number(query.cursor) - 1 : count;
    for (; number >= 1 && items.length < query.count; number--) {
      const status = statusOf(number);
      if (query.status && status !== query.status) continue;
      if (query.foreignID) continue;
      items.push(ticket(number));
    }
    const last = items.at(-1);
    const more = last !== undefined && number >= 1;
    return { items, next: more ? String(last.number) : undefined, readAt: Date.now() };
  };
  return { read, calls, ticket };
}
