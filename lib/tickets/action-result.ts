import type { UserError } from "@/lib/errors/user-error";
import type { TicketDTO } from "./dto";

/** What a ticket server action hands the browser: a ticket, or a failure it may show as is. */
export type ActionFailure = { ok: false } & UserError;
export type TicketActionResult = { ok: true; ticket: TicketDTO } | ActionFailure;
