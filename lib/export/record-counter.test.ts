import { describe, expect, it } from "vitest";
import { CsvRecordCounter, recordFields } from "./record-counter";

describe("CsvRecordCounter", () => {
  it("counts records across pieces, not line breaks inside quoted fields", () => {
    const counter = new CsvRecordCounter();
    counter.push('Account,Title\r\nAtlas,"line one\r\nline');
    expect(counter.records).toBe(1);
    counter.push(' two, ""quoted""."\r\nAtlas,plain\r');
    expect(counter.records).toBe(2);
    counter.push("\nAtlas,last\r\n");
    expect(counter.records).toBe(4);
    expect(counter.lastRecord()).toBe("Atlas,last\r\n");
  });

  it("keeps the last complete record even when it spans pieces", () => {
    const counter = new CsvRecordCounter();
    counter.push("h\r\n# Export incomplete,unavail");
    counter.push('able,"Moov is down, sorry.",req-1\r\n');
    expect(counter.records).toBe(2);
    expect(counter.lastRecord()).toBe(
      '# Export incomplete,unavailable,"Moov is down, sorry.",req-1\r\n',
    );
  });
});

describe("recordFields", () => {
  it("reads quoted fields with commas, doubled quotes and line breaks, and empty fields", () => {
    expect(recordFields('a,"b, c","say ""hi""","x\r\ny",,\r\n')).toEqual([
      "a",
      "b, c",
      'say "hi"',
      "x\r\ny",
      "",
      "",
    ]);
  });
});
