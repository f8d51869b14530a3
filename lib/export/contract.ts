import { type MergedFilters, mergedSearch } from "@/lib/all-accounts/contract";
import { type QueueFilters, queueSearch } from "@/lib/tickets/schemas";

/**
 * The CSV export's contract between its route handlers (lib/export/server)
 * and the browser (use-csv-export.ts): where a view's export lives, and the
 * last line of a file that stopped early. Safe to import anywhere.
 */
export const exportPaths = {
  /** The account's queue with its filters: /accounts/{id}/tickets?status&foreignID. */
  account: (accountID: string, filters: QueueFilters) =>
    `/api/accounts/${encodeURIComponent(accountID)}/tickets/export${queueSearch(filters)}`,
  /** The queue of all accounts with its filters: /tickets?status&sort&account&foreignID. */
  merged: (filters: MergedFilters) => `/api/tickets/export${mergedSearch(filters)}`,
} as const;

/**
 * The first field of the last record when the export stopped before the end
 * (Moov failed mid-way): `# Export incomplete,<code>,<message>,<request ID>`.
 * A person opening such a file sees it as its last row; the app's download
 * reads it and says what went wrong. "#" is not a formula character.
 */
export const incompleteMarker = "# Export incomplete";

export type IncompleteNote = { code: string; message: string; requestId?: string };

export function incompleteFields(note: IncompleteNote): string[] {
  return [incompleteMarker, note.code, note.message, note.requestId ?? ""];
}

/** The note of a trailer record's fields, or undefined for any other record. */
export function incompleteNoteOf(fields: readonly string[]): IncompleteNote | undefined {
  const [marker, code, message, requestId] = fields;
  if (marker !== incompleteMarker || code === undefined || message === undefined) return undefined;
  return requestId ? { code, message, requestId } : { code, message };
}
