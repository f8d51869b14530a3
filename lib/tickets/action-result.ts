import type { TicketDTO } from "./dto";

/** What a ticket server action hands the browser: a ticket, or a failure it may show as is. */
export type ActionFailure = {
  ok: false;
  code: string;
  message: string;
  requestId?: string;
  fieldErrors?: Record<string, string>;
};
export type TicketActionResult = { ok: true; ticket: TicketDTO } | ActionFailure;

/** Thrown inside a mutation so React Query's error path sees the action's failure. */
export class ActionFailedError extends Error {
  override name = "ActionFailedError";
  constructor(readonly failure: ActionFailure) {
    super(failure.message);
  }
}
