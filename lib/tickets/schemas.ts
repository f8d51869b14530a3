import { z } from "zod/mini";
import "@/lib/zod-config";
import { type MergedSort, mergedSorts } from "@/lib/all-accounts/contract";
import { defaultStatusFilter, type StatusFilter, statusFilterSchema } from "./status";

/** Account and ticket IDs are UUIDs; anything else in a URL is a wrong address. */
export const idSchema = z.guid();

export const ticketRouteParamsSchema = z.object({ accountID: idSchema, ticketID: idSchema });

const firstValue = (value: unknown) => (Array.isArray(value) ? value[0] : value);

const foreignIDSchema = z.string().check(z.trim(), z.maxLength(128, "Use at most 128 characters."));
/** Trimmed text a person must fill in, with the form's own messages. */
const requiredText = (empty: string, max: number, tooLong: string) =>
  z.string().check(z.trim(), z.minLength(1, empty), z.maxLength(max, tooLong));

/** The queue's filters as kept in the URL; a mangled value falls back instead of failing. */
export const queueFiltersSchema = z.object({
  status: z.catch(z.pipe(z.transform(firstValue), statusFilterSchema), defaultStatusFilter),
  foreignID: z.catch(
    z.pipe(
      z.pipe(z.transform(firstValue), z.optional(foreignIDSchema)),
      z.transform((value: string | undefined) => (value ? value : undefined)),
    ),
    undefined,
  ),
  sort: z.catch(z.pipe(z.transform(firstValue), z.enum(mergedSorts)), "newest"),
});
/** `sort` absent: Moov's own order, newest first ("waiting" reads through the merged queue). */
export type QueueFilters = { status: StatusFilter; foreignID?: string; sort?: MergedSort };

export function parseQueueFilters(params: Record<string, unknown>): QueueFilters {
  const { status, foreignID, sort } = queueFiltersSchema.parse(params);
  const filters: QueueFilters = { status };
  if (foreignID) filters.foreignID = foreignID;
  if (sort !== "newest") filters.sort = sort;
  return filters;
}

/** Builds the queue's query string; defaults are left out so URLs stay short. */
export function queueSearch(filters: QueueFilters): string {
  const search = new URLSearchParams();
  if (filters.status !== defaultStatusFilter) search.set("status", filters.status);
  if (filters.foreignID) search.set("foreignID", filters.foreignID);
  if (filters.sort && filters.sort !== "newest") search.set("sort", filters.sort);
  const text = search.toString();
  return text ? `?${text}` : "";
}

/** What the list route handler accepts: the filters plus the page cursor. */
export const listQuerySchema = z.object({
  status: z._default(statusFilterSchema, defaultStatusFilter),
  foreignID: z.optional(foreignIDSchema),
  cursor: z.optional(z.string().check(z.minLength(1), z.maxLength(1024))),
});

/** Strict: a forged call with anything more (a `status`, say) is refused, not trimmed and obeyed. */
export const closeTicketInputSchema = z.strictObject({ accountID: idSchema, ticketID: idSchema });

/** Tickets one bulk close may take: enough for a page of the queue, few enough to finish quickly. */
export const maxBulkClose = 100;

/** The bulk close's input, strictly: each entry is a single close's input; no ticket twice. */
export const closeTicketsInputSchema = z.strictObject({
  tickets: z.array(closeTicketInputSchema).check(
    z.minLength(1, "Choose at least one ticket."),
    z.maxLength(maxBulkClose, `Close at most ${maxBulkClose} tickets at once.`),
    z.refine(
      (tickets) =>
        new Set(tickets.map((t) => `${t.accountID}/${t.ticketID}`)).size === tickets.length,
      "A ticket is listed twice.",
    ),
  ),
});
export type CloseTicketsInput = z.infer<typeof closeTicketsInputSchema>;

/** The New ticket form, flat so each field's error has one name; checked in the browser and again in the action. */
export const newTicketInputSchema = z.object({
  title: requiredText("Enter a title.", 200, "Use at most 200 characters."),
  body: requiredText("Describe the problem.", 10_000, "Use at most 10,000 characters."),
  contactEmail: z.pipe(
    z.string().check(z.trim()),
    z.email("Enter an email address like name@example.com."),
  ),
  contactName: requiredText("Enter the contact's name.", 200, "Use at most 200 characters."),
  foreignID: z.optional(
    z.pipe(
      foreignIDSchema,
      z.transform((value: string) => (value ? value : undefined)),
    ),
  ),
});
export type NewTicketInput = z.input<typeof newTicketInputSchema>;

/** What the create action accepts, strictly: unknown fields are refused at both levels. */
export const createTicketInputSchema = z.strictObject({
  accountID: idSchema,
  ticket: z.strictObject(newTicketInputSchema.shape),
});
export type NewTicket = z.output<typeof newTicketInputSchema>;
export type NewTicketField = keyof NewTicketInput;
export const newTicketFields = [
  "title",
  "body",
  "contactEmail",
  "contactName",
  "foreignID",
] as const satisfies readonly NewTicketField[];

/** zod issues → one message per field, the first one winning. */
export function fieldErrorsFrom(error: z.core.$ZodError): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = issue.path.join(".");
    errors[field] ??= issue.message;
  }
  return errors;
}
