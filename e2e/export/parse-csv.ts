/**
 * A strict RFC 4180 reader written for the tests alone (the app's encoder
 * and its browser-side counter are what is under test): every record ends
 * with CRLF, a line break outside quotes anywhere else is an error, a quote
 * may only open a field or be doubled inside a quoted one.
 */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = "";
  let inQuotes = false;
  let position = 0;
  while (position < text.length) {
    const char = text[position];
    if (inQuotes) {
      if (char === '"' && text[position + 1] === '"') {
        field += '"';
        position += 2;
      } else if (char === '"') {
        inQuotes = false;
        position += 1;
        const next = text[position];
        if (next !== undefined && next !== "," && next !== "\r") {
          throw new Error(`text after a closing quote at ${position}`);
        }
      } else {
        field += char;
        position += 1;
      }
      continue;
    }
    if (char === '"') {
      if (field !== "") throw new Error(`a quote inside an unquoted field at ${position}`);
      inQuotes = true;
      position += 1;
    } else if (char === ",") {
      record.push(field);
      field = "";
      position += 1;
    } else if (char === "\r" && text[position + 1] === "\n") {
      record.push(field);
      records.push(record);
      record = [];
      field = "";
      position += 2;
    } else if (char === "\r" || char === "\n") {
      throw new Error(`a bare line break outside quotes at ${position}`);
    } else {
      field += char;
      position += 1;
    }
  }
  if (inQuotes) throw new Error("the file ends inside a quoted field");
  if (field !== "" || record.length > 0) throw new Error("the last record does not end with CRLF");
  return records;
}
