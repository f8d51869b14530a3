import "server-only";
import type { Moov } from "@moovio/sdk";
import { requestIdOf } from "@/lib/moov/errors";
import {
  type MessageDTO,
  type TicketDTO,
  type TicketPage,
  toMessageDTO,
  toTicketDTO,
} from "@/lib/tickets/dto";
import { ticketPageSize } from "@/lib/tickets/paging";
import type { NewTicket, QueueFilters } from "@/lib/tickets/schemas";
import { matchesFilter, type TicketStatus, upstreamStatus } from "@/lib/tickets/status";

/**
 * The ticket calls to Moov, made with an SDK instance that already carries the
 * session's token for the account (lib/auth/agent.ts → actForAccount). They
 * throw the SDK's errors; callers translate them with lib/moov/errors.ts.
 */
export type Upstream<T> = { data: T; requestId?: string };

const headerRequestId = (headers: Record<string, string[]>) =>
  requestIdOf(
    new Headers(
      Object.entries(headers).map(([name, values]): [string, string] => [name, values.join(", ")]),
    ),
  );

/** One call to Moov's ticket list, as it answered: a page and the cursor of the next. */
export type ListQuery = {
  status?: TicketStatus;
  foreignID?: string;
  cursor?: string;
  count: number;
};

export async function listTicketsOnce(
  moov: Moov,
  accountID: string,
  query: ListQuery,
): Promise<Upstream<{ items: TicketDTO[]; next?: string }>> {
  const response = await moov.support.listTickets({ accountID, ...query });
  return {
    data: {
      items: response.result.items.map(toTicketDTO),
      next: response.result.nextPage?.cursor || undefined,
    },
    requestId: headerRequestId(response.headers),
  };
}

/** Upstream pages read at most per request when the app filters (the "open" filter). */
const maxUpstreamPages = 5;

export async function listTicketPage(
  moov: Moov,
  accountID: string,
  filters: QueueFilters,
  cursor?: string,
): Promise<Upstream<TicketPage>> {
  const items: TicketDTO[] = [];
  let next = cursor;
  let requestId: string | undefined;
  // Moov has no "everything but closed" filter: keep reading pages, in order and
  // cursor by cursor, until one yields something, so paging never skips or repeats.
  for (let read = 0; read < maxUpstreamPages; read++) {
    const page = await listTicketsOnce(moov, accountID, {
      count: ticketPageSize,
      cursor: next,
      status: upstreamStatus(filters.status),
      foreignID: filters.foreignID,
    });
    requestId = page.requestId;
    for (const ticket of page.data.items) {
      if (matchesFilter(ticket.status, filters.status)) items.push(ticket);
    }
    next = page.data.next;
    if (items.length > 0 || !next) break;
  }
  return { data: { items, nextCursor: next }, requestId };
}

export async function getTicket(
  moov: Moov,
  accountID: string,
  ticketID: string,
): Promise<Upstream<TicketDTO>> {
  const response = await moov.support.getTicket({ accountID, ticketID });
  return { data: toTicketDTO(response.result), requestId: headerRequestId(response.headers) };
}

export async function listMessages(
  moov: Moov,
  accountID: string,
  ticketID: string,
): Promise<Upstream<MessageDTO[]>> {
  const response = await moov.support.listTicketMessages({ accountID, ticketID });
  const messages = response.result
    .map(toMessageDTO)
    .sort((a, b) => Date.parse(a.sentOn) - Date.parse(b.sentOn));
  return { data: messages, requestId: headerRequestId(response.headers) };
}

export async function closeTicket(
  moov: Moov,
  accountID: string,
  ticketID: string,
): Promise<Upstream<TicketDTO>> {
  const response = await moov.support.updateTicket({
    accountID,
    ticketID,
    updateTicket: { status: "closed" },
  });
  return { data: toTicketDTO(response.result), requestId: headerRequestId(response.headers) };
}

export async function createTicket(
  moov: Moov,
  accountID: string,
  input: NewTicket,
): Promise<Upstream<TicketDTO>> {
  const response = await moov.support.createTicket({
    accountID,
    createTicket: {
      title: input.title,
      body: input.body,
      contact: { email: input.contactEmail, name: input.contactName },
      foreignID: input.foreignID,
    },
  });
  return { data: toTicketDTO(response.result), requestId: headerRequestId(response.headers) };
}
