import type { Db } from "./database.js";

export const ticketStatuses = ["new", "in-progress", "on-hold", "closed"] as const;
export type TicketStatus = (typeof ticketStatuses)[number];

export type TicketRow = {
  ticket_id: string;
  account_id: string;
  number: number;
  title: string;
  contact_email: string;
  contact_name: string | null;
  status: TicketStatus;
  foreign_id: string | null;
  created_on: string;
  updated_on: string;
  latest_message_on: string | null;
  closed_on: string | null;
};

export type MessageRow = { author: string; body: string; sent_on: string };

export type NewTicket = {
  ticketID: string;
  accountID: string;
  title: string;
  contact: { email: string; name?: string };
  foreignID?: string;
  status?: TicketStatus;
  createdOn: string;
  /** The first message; every ticket starts with the body it was opened with. */
  firstMessage: { author: string; body: string };
};

export type ListFilter = {
  count: number;
  /** Only tickets with a number below this (the cursor), for the next page. */
  beforeNumber?: number;
  status?: TicketStatus;
  foreignID?: string;
};

const tableColumns = `ticket_id, account_id, number, title, contact_email, contact_name, status,
  foreign_id, created_on, updated_on, latest_message_on, closed_on`;

export class TicketsStore {
  private readonly nextNumberStmt;
  private readonly bumpNumberStmt;
  private readonly insertStmt;
  private readonly insertMessageStmt;
  private readonly getStmt;
  private readonly getByIDStmt;
  private readonly messagesStmt;
  private readonly touchMessageStmt;
  private readonly setStatusStmt;

  constructor(private readonly db: Db) {
    this.nextNumberStmt = db.prepare<[string], { next_ticket_number: number }>(
      "SELECT next_ticket_number FROM accounts WHERE account_id = ?",
    );
    this.bumpNumberStmt = db.prepare(
      "UPDATE accounts SET next_ticket_number = ? WHERE account_id = ?",
    );
    this.insertStmt = db.prepare(
      `INSERT INTO tickets (${tableColumns}) VALUES (@ticketID, @accountID, @number, @title, @email,
        @name, @status, @foreignID, @createdOn, @createdOn, @createdOn, @closedOn)`,
    );
    this.insertMessageStmt = db.prepare(
      "INSERT INTO messages (ticket_id, author, body, sent_on) VALUES (?, ?, ?, ?)",
    );
    this.getStmt = db.prepare<[string, string], TicketRow>(
      `SELECT ${tableColumns} FROM tickets WHERE account_id = ? AND ticket_id = ?`,
    );
    this.getByIDStmt = db.prepare<[string], TicketRow>(
      `SELECT ${tableColumns} FROM tickets WHERE ticket_id = ?`,
    );
    this.messagesStmt = db.prepare<[string], MessageRow>(
      "SELECT author, body, sent_on FROM messages WHERE ticket_id = ? ORDER BY message_id",
    );
    this.touchMessageStmt = db.prepare(
      "UPDATE tickets SET latest_message_on = ?, updated_on = ? WHERE ticket_id = ?",
    );
    this.setStatusStmt = db.prepare(
      "UPDATE tickets SET status = ?, updated_on = ?, closed_on = ? WHERE ticket_id = ?",
    );
  }

  /**
   * Inserts a ticket with the account's next number. Callers run it inside a
   * transaction (the number and the rows must commit together).
   */
  insert(ticket: NewTicket): TicketRow {
    const numberRow = this.nextNumberStmt.get(ticket.accountID);
    if (!numberRow) throw new Error(`unknown account ${ticket.accountID}`);
    const number = numberRow.next_ticket_number;
    this.bumpNumberStmt.run(number + 1, ticket.accountID);
    const status = ticket.status ?? "new";
    this.insertStmt.run({
      ticketID: ticket.ticketID,
      accountID: ticket.accountID,
      number,
      title: ticket.title,
      email: ticket.contact.email,
      name: ticket.contact.name ?? null,
      status,
      foreignID: ticket.foreignID ?? null,
      createdOn: ticket.createdOn,
      closedOn: status === "closed" ? ticket.createdOn : null,
    });
    this.insertMessageStmt.run(
      ticket.ticketID,
      ticket.firstMessage.author,
      ticket.firstMessage.body,
      ticket.createdOn,
    );
    return {
      ticket_id: ticket.ticketID,
      account_id: ticket.accountID,
      number,
      title: ticket.title,
      contact_email: ticket.contact.email,
      contact_name: ticket.contact.name ?? null,
      status,
      foreign_id: ticket.foreignID ?? null,
      created_on: ticket.createdOn,
      updated_on: ticket.createdOn,
      latest_message_on: ticket.createdOn,
      closed_on: status === "closed" ? ticket.createdOn : null,
    };
  }

  get(accountID: string, ticketID: string): TicketRow | undefined {
    return this.getStmt.get(accountID, ticketID);
  }

  getByID(ticketID: string): TicketRow | undefined {
    return this.getByIDStmt.get(ticketID);
  }

  /**
   * Newest first by the per-account number. Numbers only grow, so a page
   * boundary ("below number N") never moves while new tickets are created.
   */
  list(accountID: string, filter: ListFilter): TicketRow[] {
    const where = ["account_id = @accountID"];
    if (filter.beforeNumber !== undefined) where.push("number < @beforeNumber");
    if (filter.status) where.push("status = @status");
    if (filter.foreignID !== undefined) where.push("foreign_id = @foreignID");
    return this.db
      .prepare<Record<string, string | number>, TicketRow>(
        `SELECT ${tableColumns} FROM tickets WHERE ${where.join(" AND ")}
         ORDER BY number DESC LIMIT @count`,
      )
      .all({
        accountID,
        beforeNumber: filter.beforeNumber ?? 0,
        status: filter.status ?? "",
        foreignID: filter.foreignID ?? "",
        count: filter.count,
      });
  }

  messages(ticketID: string): MessageRow[] {
    return this.messagesStmt.all(ticketID);
  }

  addMessage(ticketID: string, author: string, body: string, sentOn: string): MessageRow {
    this.insertMessageStmt.run(ticketID, author, body, sentOn);
    this.touchMessageStmt.run(sentOn, sentOn, ticketID);
    return { author, body, sent_on: sentOn };
  }

  setStatus(ticketID: string, status: TicketStatus, at: string): void {
    this.setStatusStmt.run(status, at, status === "closed" ? at : null, ticketID);
  }
}
