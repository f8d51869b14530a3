import { readFile } from "node:fs/promises";
import { expect, type Locator, type Page } from "@playwright/test";
import { parseCsv } from "./parse-csv";

/** The header row, as a person reads it in the file. */
export const exportHeader = [
  "Account",
  "Account ID",
  "Number",
  "Ticket ID",
  "Title",
  "Status",
  "Contact name",
  "Contact email",
  "Created (UTC)",
  "Updated (UTC)",
  "Latest message (UTC)",
  "Closed (UTC)",
  "Foreign ID",
] as const;

export type ExportColumn = (typeof exportHeader)[number];

/** ISO 8601 in UTC, as every time in the file must be. */
export const isoUTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?Z$/;

/** A downloaded export, read with the tests' own CSV reader. */
export type ExportedFile = {
  filename: string;
  bytes: Buffer;
  /** The text after the byte order mark. */
  text: string;
  header: string[];
  /** The data records, each a cell per column (read them with cell()). */
  rows: string[][];
};

/** A record's cell in the named column. */
export function cell(row: readonly string[], column: ExportColumn): string {
  return row[exportHeader.indexOf(column)] ?? "";
}

/** The Export CSV control of either queue, as a person uses it. */
export class ExportControl {
  constructor(readonly page: Page) {}

  /** A button once the page has hydrated (before that, a plain download link). */
  button(): Locator {
    return this.page.getByRole("button", { name: "Export CSV" });
  }

  cancelButton(): Locator {
    return this.page.getByRole("button", { name: "Cancel export" });
  }

  /** The line that says where the export stands (announced at its start and end). */
  status(): Locator {
    return this.page.getByRole("status").filter({ hasText: /Export/ });
  }

  /** The alert of an export that failed or stopped early. */
  failure(): Locator {
    return this.page.getByRole("alert").filter({ hasText: /export/i });
  }

  /** Clicks Export CSV and reads the file the browser saves. */
  async download(): Promise<ExportedFile> {
    const saved = this.page.waitForEvent("download", { timeout: 60_000 });
    await this.button().click();
    const download = await saved;
    const bytes = await readFile(await download.path());
    return readExport(download.suggestedFilename(), bytes);
  }
}

export function readExport(filename: string, bytes: Buffer): ExportedFile {
  expect([...bytes.subarray(0, 3)], "the file starts with the UTF-8 BOM").toEqual([
    0xef, 0xbb, 0xbf,
  ]);
  const text = bytes.subarray(3).toString("utf8");
  const [header = [], ...records] = parseCsv(text);
  const ragged = records.flatMap((record, index) =>
    record.length === exportHeader.length ? [] : [`record ${index + 2}: ${record.length} cells`],
  );
  expect(ragged, "every record has a cell per column").toEqual([]);
  return { filename, bytes, text, header, rows: records };
}
