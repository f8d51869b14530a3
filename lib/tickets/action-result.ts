import type { UserError } from "@/lib/errors/user-error";
import type { TicketDTO } from "./dto";

/** What a ticket server action hands the browser: a ticket, or a failure it may show as is. */
export type ActionFailure = { ok: false } & UserError;
export type TicketActionResult = { ok: true; ticket: TicketDTO } | ActionFailure;

/**
 * One ticket's outcome in a bulk close: closed now, found already closed
 * (Moov's 409), or failed with what may be shown (code, message, request ID).
 */
export type BulkCloseOutcome = { accountID: string; ticketID: string } & (
  | { outcome: "closed"; ticket: TicketDTO }
  | { outcome: "already-closed" }
  | { outcome: "failed"; error: UserError }
);
/** The bulk close's answer: an outcome per ticket, in the order asked, or a refusal of the whole call. */
export type BulkCloseResult = { ok: true; outcomes: BulkCloseOutcome[] } | ActionFailure;
