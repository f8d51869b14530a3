/**
 * CSV as RFC 4180 writes it, plus OWASP's defence against formula ("CSV")
 * injection. Pure and safe anywhere: the export's server stream encodes with
 * it, and its tests pin every rule with literal strings.
 *
 * - Records end with CRLF; fields are joined with commas.
 * - A field holding a comma, a double quote, CR or LF is quoted, and its
 *   quotes doubled. A semicolon is quoted too: spreadsheets set to a locale
 *   whose list separator is ";" split on it, and a quoted field stays whole.
 * - A text field starting with "=", "+", "-", "@", tab or CR would be read as
 *   a formula by Excel, LibreOffice or Google Sheets (a ticket title like
 *   `=HYPERLINK("http://evil.example", "Click")` or `@SUM(A1)` is anyone's
 *   to write). It gets a leading apostrophe, which makes it plain text, and is
 *   quoted. The apostrophe then shows in the cell: the price of never running
 *   a customer's formula on an agent's machine.
 * - Numbers are written as numbers; they are ours (a ticket number), never
 *   someone's text, so they are not neutralised.
 */
export type CsvValue = string | number | undefined;

export const csvLineEnd = "\r\n";

/**
 * Written first: without it, Excel on Windows reads a CSV file in the
 * machine's ANSI code page, and "Café" or "Zoë" in a title or name turn to
 * mojibake. Spreadsheets and CSV libraries that know UTF-8 skip it.
 */
export const utf8Bom = "\uFEFF";

const formulaStart = /^[=+\-@\t\r]/;
const needsQuotes = /[",;\r\n]/;

export function csvField(value: CsvValue): string {
  if (value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  const neutralised = formulaStart.test(value) ? `'${value}` : value;
  const quoted = neutralised !== value || needsQuotes.test(neutralised);
  return quoted ? `"${neutralised.replaceAll('"', '""')}"` : neutralised;
}

/** One record: the fields in order, CRLF at the end. */
export function csvRecord(values: readonly CsvValue[]): string {
  return `${values.map(csvField).join(",")}${csvLineEnd}`;
}
