import { z } from "zod/mini";
import "@/lib/zod-config";
import { userErrorSchema } from "@/lib/errors/user-error";
import { ticketSchema } from "@/lib/tickets/dto";
import { defaultStatusFilter, type StatusFilter, statusFilterSchema } from "@/lib/tickets/status";

/**
 * The all-accounts queue's contract between the server (lib/all-accounts/server,
 * app/api/tickets) and the browser (the hooks and components): its filters as
 * kept in the URL, the rows, and the lines of the NDJSON stream that delivers a
 * page as the accounts answer. Safe to import anywhere.
 */

/** Account IDs are UUIDs (lib/tickets/schemas.ts → idSchema). */
const accountIDSchema = z.guid();

export const mergedSorts = ["newest", "waiting"] as const;
export type MergedSort = (typeof mergedSorts)[number];
export const mergedSortLabel: Record<MergedSort, string> = {
  newest: "Newest first",
  waiting: "Waiting longest",
};

/** At most this many accounts may be named in one filter (a URL stays readable). */
export const maxFilterAccounts = 200;

export type MergedFilters = {
  status: StatusFilter;
  sort: MergedSort;
  /** Sorted, without repeats; empty means every account the person acts for. */
  accounts: string[];
  foreignID?: string;
};

const asList = (value: unknown) =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];
const firstValue = (value: unknown) => (Array.isArray(value) ? value[0] : value);

/** The filters as kept in the URL; a mangled value falls back instead of failing. */
const mergedFiltersSchema = z.object({
  status: z.catch(z.pipe(z.transform(firstValue), statusFilterSchema), defaultStatusFilter),
  sort: z.catch(z.pipe(z.transform(firstValue), z.enum(mergedSorts)), "newest"),
  account: z.catch(
    z.pipe(
      z.pipe(z.transform(asList), z.array(z.unknown())),
      z.transform((values: unknown[]) =>
        [...new Set(values.filter((value) => accountIDSchema.safeParse(value).success) as string[])]
          .sort()
          .slice(0, maxFilterAccounts),
      ),
    ),
    [],
  ),
  foreignID: z.catch(
    z.pipe(
      z.pipe(z.transform(firstValue), z.optional(z.string().check(z.trim(), z.maxLength(128)))),
      z.transform((value: string | undefined) => (value ? value : undefined)),
    ),
    undefined,
  ),
});

export function parseMergedFilters(params: Record<string, unknown>): MergedFilters {
  const { status, sort, account, foreignID } = mergedFiltersSchema.parse(params);
  const filters: MergedFilters = { status, sort, accounts: account };
  if (foreignID) filters.foreignID = foreignID;
  return filters;
}

/** URLSearchParams → the record parseMergedFilters reads (repeated `account` kept). */
export function searchParamsRecord(search: URLSearchParams): Record<string, string | string[]> {
  const record: Record<string, string | string[]> = {};
  for (const key of new Set(search.keys())) {
    const values = search.getAll(key);
    record[key] = values.length > 1 ? values : (values[0] ?? "");
  }
  return record;
}

/** The query string of the filters; defaults are left out so URLs stay short. */
export function mergedSearch(filters: MergedFilters, cursor?: string): string {
  const search = new URLSearchParams();
  if (filters.status !== defaultStatusFilter) search.set("status", filters.status);
  if (filters.sort !== "newest") search.set("sort", filters.sort);
  for (const account of filters.accounts) search.append("account", account);
  if (filters.foreignID) search.set("foreignID", filters.foreignID);
  if (cursor) search.set("cursor", cursor);
  const text = search.toString();
  return text ? `?${text}` : "";
}

/** Whose tickets a row holds: "Quayside Books · via Harbor Platform". */
export const accountRefSchema = z.object({
  accountID: z.string(),
  displayName: z.string(),
  via: z.optional(z.object({ accountID: z.string(), displayName: z.string() })),
});
export type AccountRef = z.infer<typeof accountRefSchema>;

/** A ticket in the merged list: the ticket plus the account it belongs to. */
export const mergedRowSchema = z.extend(ticketSchema, { accountID: z.string() });
export type MergedRow = z.infer<typeof mergedRowSchema>;

/** The row's key across accounts: ticket IDs are unique, but a key says whose it is. */
export const rowKey = (row: Pick<MergedRow, "accountID" | "ticketID">) =>
  `${row.accountID}/${row.ticketID}`;

/** Since when a ticket has been waiting: its latest message, or its creation. */
export const waitingSince = (row: Pick<MergedRow, "latestMessageOn" | "createdOn">) =>
  row.latestMessageOn ?? row.createdOn;

/**
 * The merged order. Within one account it is Moov's own order (number,
 * newest first), so a page boundary inside an account never skips a ticket;
 * across accounts ties break on the account ID so every server and browser
 * agree.
 */
export function compareRows(sort: MergedSort) {
  return (a: MergedRow, b: MergedRow): number => {
    if (sort === "waiting") {
      const byWait = Date.parse(waitingSince(a)) - Date.parse(waitingSince(b));
      if (byWait !== 0) return byWait;
    } else {
      const byCreated = Date.parse(b.createdOn) - Date.parse(a.createdOn);
      if (byCreated !== 0) return byCreated;
    }
    if (a.accountID !== b.accountID) return a.accountID < b.accountID ? -1 : 1;
    return b.number - a.number;
  };
}

/** Rows shown per page of the merged list. */
export const mergedPageSize = 25;

/**
 * The lines of `GET /api/tickets` (application/x-ndjson), in this order:
 * `start` names the accounts this page reads; then one `account` (its
 * candidate rows for this page, already in order) or `failed` per account as
 * each answers; then `end` with the page itself (the first `mergedPageSize`
 * rows of every answered account's candidates, merged) and the cursor of the
 * next page. A failed account keeps its place in the next cursor, so none of
 * its tickets is skipped once it answers again.
 */
export const streamLineSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("start"), accounts: z.array(accountRefSchema) }),
  z.object({
    type: z.literal("account"),
    accountID: z.string(),
    items: z.array(mergedRowSchema),
    requestId: z.optional(z.string()),
  }),
  z.object({ type: z.literal("failed"), accountID: z.string(), error: userErrorSchema }),
  z.object({
    type: z.literal("end"),
    items: z.array(mergedRowSchema),
    nextCursor: z.optional(z.string()),
  }),
]);
export type StreamLine = z.infer<typeof streamLineSchema>;

/** Open tickets of one account by status, and its oldest open ticket's creation. */
export const accountSummarySchema = z.object({
  new: z.number().check(z.int()),
  "in-progress": z.number().check(z.int()),
  "on-hold": z.number().check(z.int()),
  open: z.number().check(z.int()),
  oldestOpenCreatedOn: z.optional(z.string()),
  /** When the numbers were read from Moov (or from the cache that holds them). */
  readAt: z.string(),
});
export type AccountSummary = z.infer<typeof accountSummarySchema>;

/**
 * The lines of `GET /api/accounts/summary` (application/x-ndjson): `start`
 * names every account the person acts for; then a `summary` or `failed` per
 * account as each answers; then `end`.
 */
export const summaryLineSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("start"), accounts: z.array(accountRefSchema) }),
  z.object({ type: z.literal("summary"), accountID: z.string(), summary: accountSummarySchema }),
  z.object({ type: z.literal("failed"), accountID: z.string(), error: userErrorSchema }),
  z.object({ type: z.literal("end") }),
]);
export type SummaryLine = z.infer<typeof summaryLineSchema>;

/**
 * React Query keys of the merged views, built here and nowhere else. A page
 * is keyed by its filters and its cursor; the browser invalidates exactly the
 * pages that hold a changed ticket (or, for a new ticket, the first pages
 * that include its account).
 */
export const mergedKeys = {
  all: ["all-accounts"] as const,
  lists: () => [...mergedKeys.all, "list"] as const,
  list: (filters: MergedFilters) =>
    [
      ...mergedKeys.lists(),
      {
        status: filters.status,
        sort: filters.sort,
        accounts: filters.accounts,
        foreignID: filters.foreignID ?? null,
      },
    ] as const,
  page: (filters: MergedFilters, cursor: string | undefined) =>
    [...mergedKeys.list(filters), cursor ?? null] as const,
  summary: () => [...mergedKeys.all, "summary"] as const,
};

/** Where the all-accounts views live. */
export const allAccountsPaths = {
  queue: "/tickets",
  accounts: "/accounts",
  overview: "/overview",
  queueAPI: "/api/tickets",
  summaryAPI: "/api/accounts/summary",
} as const;
