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
import { matchesFilter, upstreamStatus } from "@/lib/tickets/status";

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
    const response = await moov.support.listTickets({
      accountID,
      count: ticketPageSize,
      cursor: next,
      status: upstreamStatus(filters.status),
      foreignID: filters.foreignID,
    });
    requestId = headerRequestId(response.headers);
    for (const ticket of response.result.items) {
      if (matchesFilter(ticket.status, filters.status)) items.push(toTicketDTO(ticket));
    }
    next = response.result.nextPage?.cursor || undefined;
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
