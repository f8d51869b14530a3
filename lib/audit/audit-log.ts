import "server-only";

/**
 * One structured JSON line per write an agent makes, and per sign-in (tried or
 * done), sign-out, account switch and session the app ended, for the people
 * who later ask "who closed this ticket, acting for whom, and did Moov accept
 * it?". Only the listed fields are written, so a token or secret can never
 * slip in through a spread object.
 */
export type AuditEntry = {
  action:
    | "ticket.close"
    | "ticket.create"
    | "session.sign-in"
    | "session.sign-out"
    | "session.switch-account"
    /** The app ended the session (code: why, e.g. revoked, idle, expired). */
    | "session.end";
  actor: string;
  accountID?: string;
  ticketID?: string;
  outcome: "ok" | "denied" | "invalid" | "failed";
  status?: number;
  code?: string;
  requestId?: string;
  durationMs?: number;
};

const secretLike = /(bearer\s+\S+|sk_[a-z0-9_]+|eyJ[a-zA-Z0-9_-]{10,}\.[a-zA-Z0-9_-]+)/gi;

/** Values come from people and upstream errors; strip anything shaped like a credential. */
function clean(value: string | number | undefined): string | number | undefined {
  return typeof value === "string" ? value.replace(secretLike, "[redacted]").slice(0, 200) : value;
}

export function formatAuditLine(entry: AuditEntry, at: Date = new Date()): string {
  return JSON.stringify({
    type: "audit",
    at: at.toISOString(),
    action: entry.action,
    actor: clean(entry.actor),
    accountID: clean(entry.accountID),
    ticketID: clean(entry.ticketID),
    outcome: entry.outcome,
    status: entry.status,
    code: clean(entry.code),
    requestId: clean(entry.requestId),
    durationMs: entry.durationMs,
  });
}

export function audit(entry: AuditEntry): void {
  process.stdout.write(`${formatAuditLine(entry)}\n`);
}
