import { describe, expect, it } from "vitest";
import { formatAuditLine } from "./audit-log";

describe("formatAuditLine", () => {
  it("writes one JSON line with who, which account and ticket, what, outcome and request id", () => {
    const line = formatAuditLine(
      {
        action: "ticket.close",
        actor: "agent@bluebird.example",
        accountID: "acc-1",
        ticketID: "t-1",
        outcome: "ok",
        status: 200,
        requestId: "req-1",
      },
      new Date("2026-11-27T10:00:00Z"),
    );
    expect(line).not.toContain("\n");
    expect(JSON.parse(line)).toEqual({
      type: "audit",
      at: "2026-11-27T10:00:00.000Z",
      action: "ticket.close",
      actor: "agent@bluebird.example",
      accountID: "acc-1",
      ticketID: "t-1",
      outcome: "ok",
      status: 200,
      requestId: "req-1",
    });
  });

  it("never writes fields it does not know, nor anything shaped like a credential", () => {
    const entry = {
      action: "ticket.close" as const,
      actor: "Bearer abc.def.ghi",
      outcome: "failed" as const,
      code: "sk_harbor_demo_7f3c9a leaked",
      accessToken: "tok_secret",
    };
    const line = formatAuditLine(entry);
    expect(line).not.toContain("tok_secret");
    expect(line).not.toContain("abc.def.ghi");
    expect(line).not.toContain("sk_harbor_demo_7f3c9a");
    expect(line).toContain("[redacted]");
  });
});
