/**
 * Counts the records of a CSV file as its text arrives in pieces, for the
 * export's progress ("2,000 tickets exported…"), and keeps the last complete
 * record, which says whether the file stopped early (contract.ts). A line
 * break inside quotes belongs to a field, not to the end of a record; a
 * doubled quote toggles twice, so it changes nothing.
 */
export class CsvRecordCounter {
  records = 0;
  private inQuotes = false;
  private current = "";
  private last = "";

  push(text: string): void {
    let start = 0;
    for (let index = 0; index < text.length; index++) {
      const code = text.charCodeAt(index);
      if (code === 34) this.inQuotes = !this.inQuotes;
      else if (code === 10 && !this.inQuotes) {
        this.last = this.current + text.slice(start, index + 1);
        this.current = "";
        start = index + 1;
        this.records += 1;
      }
    }
    this.current += text.slice(start);
  }

  /** The last record that ended with a line break, line break included. */
  lastRecord(): string {
    return this.last;
  }
}

/** The fields of one RFC 4180 record (its line break, if any, left off). */
export function recordFields(record: string): string[] {
  const text = record.replace(/\r?\n$/, "");
  const fields: string[] = [];
  let field = "";
  let quoted = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"';
        index += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ",") {
      fields.push(field);
      field = "";
    } else field += char;
  }
  fields.push(field);
  return fields;
}
