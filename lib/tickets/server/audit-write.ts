import "server-only";
import { type AuditEntry, audit } from "@/lib/audit/audit-log";
import { currentAgent } from "@/lib/auth/agent";
import type { TicketActionResult } from "../action-result";

/**
 * One audit line per ticket write, whatever became of it. `actor` is the
 * signed-in person's email, or "anonymous" for a call without a session.
 */
export type Write = {
  action: Extract<AuditEntry["action"], "ticket.close" | "ticket.create">;
  accountID?: string;
  ticketID?: string;
  startedAt: number;
};

function outcomeOf(result: TicketActionResult): AuditEntry["outcome"] {
  if (result.ok) return "ok";
  if (result.code === "forbidden" || result.code === "unauthorized") return "denied";
  if (result.code === "invalid") return "invalid";
  return "failed";
}

export async function auditWrite(
  write: Write,
  result: TicketActionResult,
  requestId?: string,
): Promise<TicketActionResult> {
  const agent = await currentAgent().catch(() => null);
  audit({
    action: write.action,
    actor: agent?.email ?? "anonymous",
    accountID: write.accountID,
    ticketID: result.ok ? result.ticket.ticketID : write.ticketID,
    outcome: outcomeOf(result),
    code: result.ok ? undefined : result.code,
    requestId: result.ok ? requestId : result.requestId,
    durationMs: Date.now() - write.startedAt,
  });
  return result;
}
