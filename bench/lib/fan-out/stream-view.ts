/**
 * One view of the merged queue over HTTP: GET /api/tickets read as the
 * NDJSON stream it is (lib/all-accounts/contract.ts), with the moment each
 * kind of line arrived: the first account that brought rows (the first rows
 * a browser could paint), and the `end` line (the complete list).
 */
import http from "node:http";
import {
  allAccountsPaths,
  type StreamLine,
  streamLineSchema,
} from "../../../lib/all-accounts/contract";
import type { CookieJar } from "../http";

export type StreamView = {
  status: number;
  ttfbMs: number;
  /** the `start` line: the accounts are known, their reads begin */
  startMs: number;
  /** the first `account` line with at least one row */
  firstRowsMs: number;
  /** the `end` line: the page is complete */
  endMs: number;
  /** the response closed */
  wholeMs: number;
  accounts: string[];
  answered: number;
  failed: Array<{ accountID: string; code: string; message: string }>;
  rows: number;
  /** lines that did not parse against the contract (the first few) */
  malformed: string[];
};

/** The query of the views the goals are judged on: open tickets, newest first, every account. */
export const viewQuery = "status=open&sort=newest";

export function readStreamView(
  appURL: string,
  jar: CookieJar,
  query = viewQuery,
  timeoutMs = 60_000,
): Promise<StreamView> {
  const target = new URL(`${appURL}${allAccountsPaths.queueAPI}?${query}`);
  const view: StreamView = {
    status: 0,
    ttfbMs: Number.NaN,
    startMs: Number.NaN,
    firstRowsMs: Number.NaN,
    endMs: Number.NaN,
    wholeMs: Number.NaN,
    accounts: [],
    answered: 0,
    failed: [],
    rows: 0,
    malformed: [],
  };
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const since = () => performance.now() - started;
    const onLine = (text: string) => {
      if (!text.trim()) return;
      let line: StreamLine;
      try {
        line = streamLineSchema.parse(JSON.parse(text));
      } catch {
        if (view.malformed.length < 3) view.malformed.push(text.slice(0, 200));
        return;
      }
      if (line.type === "start") {
        view.startMs = since();
        view.accounts = line.accounts.map((account) => account.accountID);
      }
      if (line.type === "account") {
        view.answered += 1;
        if (line.items.length > 0 && Number.isNaN(view.firstRowsMs)) view.firstRowsMs = since();
      }
      if (line.type === "failed") {
        view.failed.push({
          accountID: line.accountID,
          code: line.error.code,
          message: line.error.message,
        });
      }
      if (line.type === "end") {
        view.endMs = since();
        view.rows = line.items.length;
      }
    };
    const req = http.request(
      {
        host: target.hostname,
        port: target.port,
        path: `${target.pathname}${target.search}`,
        headers: { cookie: jar.header(), accept: "application/x-ndjson" },
      },
      (res) => {
        view.ttfbMs = since();
        view.status = res.statusCode ?? 0;
        let buffered = "";
        res.setEncoding("utf8");
        res.on("data", (chunk: string) => {
          buffered += chunk;
          let newline = buffered.indexOf("\n");
          while (newline >= 0) {
            onLine(buffered.slice(0, newline));
            buffered = buffered.slice(newline + 1);
            newline = buffered.indexOf("\n");
          }
        });
        res.on("end", () => {
          onLine(buffered);
          view.wholeMs = since();
          resolve(view);
        });
        res.on("error", reject);
      },
    );
    req.setTimeout(timeoutMs, () =>
      req.destroy(new Error(`no complete answer within ${timeoutMs} ms: ${target.pathname}`)),
    );
    req.on("error", reject);
    req.end();
  });
}

export const rateLimitedShown = (view: StreamView) =>
  view.failed.filter((failure) => failure.code === "rate_limited").length;
