import type { StatusFilter } from "@/lib/tickets/status";

/**
 * A file name that is safe anywhere (a Content-Disposition value, any file
 * system): ASCII letters, digits and dashes, naming whose tickets, which
 * status and the day (UTC), e.g. `tickets-atlas-outfitters-all-2026-05-01.csv`.
 */
export function exportFilename(subject: string, status: StatusFilter, now = new Date()): string {
  const slug =
    subject
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .slice(0, 60)
      .replace(/^-+|-+$/g, "") || "account";
  return `tickets-${slug}-${status}-${now.toISOString().slice(0, 10)}.csv`;
}
