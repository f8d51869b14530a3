import type { AccountRow, AccountsStore } from "./store/accounts-store.js";
import type { MessageRow, TicketRow } from "./store/tickets-store.js";

/** A Ticket as Moov returns it: optional fields are absent rather than null. */
export function ticketJSON(row: TicketRow): Record<string, unknown> {
  const contact: Record<string, string> = { email: row.contact_email };
  if (row.contact_name !== null) contact.name = row.contact_name;
  const ticket: Record<string, unknown> = {
    ticketID: row.ticket_id,
    number: row.number,
    title: row.title,
    contact,
    status: row.status,
    createdOn: row.created_on,
    updatedOn: row.updated_on,
  };
  if (row.latest_message_on !== null) ticket.latestMessageOn = row.latest_message_on;
  if (row.closed_on !== null) ticket.closedOn = row.closed_on;
  if (row.foreign_id !== null) ticket.foreignID = row.foreign_id;
  return ticket;
}

export function messageJSON(row: MessageRow): Record<string, string> {
  return { author: row.author, body: row.body, sentOn: row.sent_on };
}

/** The parts of Moov's Account the emulator models: a verified sandbox business. */
export function accountJSON(row: AccountRow): Record<string, unknown> {
  const business: Record<string, unknown> = {
    legalBusinessName: row.display_name,
    ownersProvided: true,
  };
  if (row.email !== null) business.email = row.email;
  const account: Record<string, unknown> = {
    accountID: row.account_id,
    mode: "sandbox",
    accountType: "business",
    displayName: row.display_name,
    profile: { business },
    verification: { verificationStatus: "verified", status: "verified" },
    createdOn: row.created_on,
    updatedOn: row.updated_on,
  };
  if (row.foreign_id !== null) account.foreignID = row.foreign_id;
  return account;
}

/** The /_emulator/seed-info shape that tests, the demo and tools rely on. */
export function seedInfoAccountJSON(row: AccountRow, accounts: AccountsStore) {
  return {
    accountID: row.account_id,
    displayName: row.display_name,
    partner: row.partner === 1,
    connectedAccountIDs: accounts.connectedIDs(row.account_id),
    apiKeys: accounts.keysFor(row.account_id),
  };
}
