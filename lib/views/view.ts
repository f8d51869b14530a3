import { z } from "zod/mini";
import "@/lib/zod-config";
import {
  type MergedFilters,
  mergedSearch,
  mergedSorts,
  parseMergedFilters,
  searchParamsRecord,
} from "@/lib/all-accounts/contract";
import { ticketsPath } from "@/lib/auth/paths";
import { parseQueueFilters, type QueueFilters, queueSearch } from "@/lib/tickets/schemas";
import { statusFilterSchema } from "@/lib/tickets/status";

/**
 * A saved view: a name and the filters and sort of one queue (an account's,
 * or the one of all accounts). Safe to import anywhere; what is read back
 * from storage or a request is parsed here, strictly.
 */

export const maxViewName = 60;
/** Enough for every queue a person works, few enough that the list stays a menu. */
export const maxViewsPerPerson = 50;

/** 128 random bits, base64url: unguessable, since a view's link is its only key. */
export const viewIDSchema = z.string().check(z.regex(/^[A-Za-z0-9_-]{22}$/));

export const viewNameSchema = z
  .string()
  .check(
    z.trim(),
    z.minLength(1, "Enter a name."),
    z.maxLength(maxViewName, `Use at most ${maxViewName} characters.`),
  );

const accountIDSchema = z.guid();
const foreignIDSchema = z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(128)));

const accountFiltersSchema = z.strictObject({
  status: statusFilterSchema,
  foreignID: foreignIDSchema,
  sort: z.optional(z.enum(mergedSorts)),
});

const mergedFiltersSchema = z.strictObject({
  status: statusFilterSchema,
  sort: z.enum(mergedSorts),
  accounts: z.array(accountIDSchema).check(z.maxLength(200)),
  foreignID: foreignIDSchema,
});

export const viewQueueSchema = z.discriminatedUnion("kind", [
  z.strictObject({
    kind: z.literal("account"),
    accountID: accountIDSchema,
    filters: accountFiltersSchema,
  }),
  z.strictObject({ kind: z.literal("all-accounts"), filters: mergedFiltersSchema }),
]);
export type ViewQueue =
  | { kind: "account"; accountID: string; filters: QueueFilters }
  | { kind: "all-accounts"; filters: MergedFilters };

export const savedViewSchema = z.strictObject({
  id: viewIDSchema,
  name: viewNameSchema,
  queue: viewQueueSchema,
});
export type SavedView = { id: string; name: string; queue: ViewQueue };

/** A stored view, or undefined when what was stored no longer reads as one. */
export function parseSavedView(value: unknown): SavedView | undefined {
  const parsed = savedViewSchema.safeParse(value);
  return parsed.success ? (parsed.data as SavedView) : undefined;
}

/** The queue a page's address names: its path (which queue) and its query (the filters). */
export function queueFromAddress(
  queue: { kind: "account"; accountID: string } | { kind: "all-accounts" },
  search: string,
): ViewQueue {
  const params = searchParamsRecord(new URLSearchParams(search));
  return queue.kind === "account"
    ? { kind: "account", accountID: queue.accountID, filters: parseQueueFilters(params) }
    : { kind: "all-accounts", filters: parseMergedFilters(params) };
}

/** Where the queue of a view is: the same address its filters were saved from. */
export function queueHref(queue: ViewQueue): string {
  return queue.kind === "account"
    ? `${ticketsPath(queue.accountID)}${queueSearch(queue.filters)}`
    : `/tickets${mergedSearch(queue.filters)}`;
}

export const viewPath = (viewID: string) => `/views/${encodeURIComponent(viewID)}`;
export const viewsAPI = "/api/views";

/** Query keys of the person's views: every write invalidates `all`. */
export const viewKeys = {
  all: ["views"] as const,
  list: () => [...viewKeys.all, "list"] as const,
};
