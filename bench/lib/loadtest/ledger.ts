/**
 * Every request the load test's agents sent to the app, with its outcome, and
 * the invariant failures noticed on the way; the tables and the verdict are
 * read from here.
 */
import type http from "node:http";
import type { Session } from "../app-client";
import { request } from "../http";
import { now } from "./plan";

export type Kind = "sign-in" | "queue page" | "list route" | "close action";
export const kinds: Kind[] = ["sign-in", "queue page", "list route", "close action"];

export type Call = {
  kind: Kind;
  start: number;
  end: number;
  status: number;
  ok: boolean;
  code?: string;
  error?: string;
};

export class Ledger {
  readonly calls: Call[] = [];
  readonly invariantFailures: string[] = [];

  constructor(readonly agent: http.Agent) {}

  record(call: Call): Call {
    this.calls.push(call);
    return call;
  }

  async timedGet(kind: Kind, session: Session, url: string): Promise<Call & { body: string }> {
    const start = now();
    try {
      const answer = await request(url, { jar: session.jar, agent: this.agent, timeoutMs: 15_000 });
      const call = this.record({
        kind,
        start,
        end: now(),
        status: answer.status,
        ok: answer.status === 200,
      });
      return { ...call, body: answer.body };
    } catch (error) {
      const call = this.record({
        kind,
        start,
        end: now(),
        status: 0,
        ok: false,
        error: String(error),
      });
      return { ...call, body: "" };
    }
  }
}
