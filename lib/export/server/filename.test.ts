import { describe, expect, it } from "vitest";
import { exportFilename } from "./filename";

const day = new Date("2026-05-01T23:59:00Z");

describe("exportFilename", () => {
  it("names the account, the status and the day in UTC", () => {
    expect(exportFilename("Atlas Outfitters", "all", day)).toBe(
      "tickets-atlas-outfitters-all-2026-05-01.csv",
    );
  });

  it("keeps only ASCII letters, digits and dashes, whatever the name holds", () => {
    expect(exportFilename('Café "Zoë" & Co.; rm -rf /', "open", day)).toBe(
      "tickets-cafe-zoe-co-rm-rf-open-2026-05-01.csv",
    );
    expect(exportFilename('"\r\n=cmd', "closed", day)).toBe("tickets-cmd-closed-2026-05-01.csv");
    expect(exportFilename("账户", "new", day)).toBe("tickets-account-new-2026-05-01.csv");
  });

  it("cuts a long name at 60 characters", () => {
    expect(exportFilename("a".repeat(100), "all", day)).toBe(
      `tickets-${"a".repeat(60)}-all-2026-05-01.csv`,
    );
  });
});
