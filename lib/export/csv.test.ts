import { describe, expect, it } from "vitest";
import { csvField, csvRecord, utf8Bom } from "./csv";

describe("csvField", () => {
  it("leaves plain text, numbers and empty values as they are", () => {
    expect(csvField("Payout delayed")).toBe("Payout delayed");
    expect(csvField("Zoë's café")).toBe("Zoë's café");
    expect(csvField(1042)).toBe("1042");
    expect(csvField(undefined)).toBe("");
    expect(csvField("")).toBe("");
    expect(csvField(Number.NaN)).toBe("");
  });

  it("quotes a field with a comma, a semicolon, a quote or a line break, doubling its quotes", () => {
    expect(csvField("Refund, partial")).toBe('"Refund, partial"');
    expect(csvField("Refund; partial")).toBe('"Refund; partial"');
    expect(csvField('The "instant" payout')).toBe('"The ""instant"" payout"');
    expect(csvField("line one\nline two")).toBe('"line one\nline two"');
    expect(csvField("line one\r\nline two")).toBe('"line one\r\nline two"');
    expect(csvField('"')).toBe('""""');
  });

  it("neutralises a cell a spreadsheet would run as a formula: a leading apostrophe, quoted", () => {
    expect(csvField('=HYPERLINK("http://evil.example","Click")')).toBe(
      '"\'=HYPERLINK(""http://evil.example"",""Click"")"',
    );
    expect(csvField("+1")).toBe('"\'+1"');
    expect(csvField("-2")).toBe('"\'-2"');
    expect(csvField("@SUM(A1:A9)")).toBe('"\'@SUM(A1:A9)"');
    expect(csvField("\tcmd")).toBe('"\'\tcmd"');
    expect(csvField("\r=1")).toBe('"\'\r=1"');
  });

  it("neutralises only at the start of a cell", () => {
    expect(csvField("a=b")).toBe("a=b");
    expect(csvField("2024-01-05 +1 day")).toBe("2024-01-05 +1 day");
    expect(csvField("ada@example.com")).toBe("ada@example.com");
    expect(csvField(" =1")).toBe(" =1");
  });

  it("writes a negative number as a number: only text is someone else's", () => {
    expect(csvField(-2)).toBe("-2");
  });
});

describe("csvRecord", () => {
  it("joins the fields with commas and ends with CRLF", () => {
    expect(csvRecord(["Atlas Outfitters", 7, "Card declined, twice", undefined, "=1+1"])).toBe(
      'Atlas Outfitters,7,"Card declined, twice",,"\'=1+1"\r\n',
    );
  });

  it("keeps an empty record one empty field long", () => {
    expect(csvRecord([""])).toBe("\r\n");
  });
});

describe("utf8Bom", () => {
  it("is the UTF-8 byte order mark, EF BB BF once encoded", () => {
    expect([...new TextEncoder().encode(utf8Bom)]).toEqual([0xef, 0xbb, 0xbf]);
  });
});
