import "server-only";
import type { UserError } from "@/lib/errors/user-error";
import { describeFailure } from "@/lib/tickets/server/describe-failure";
import { errorResponse } from "@/lib/tickets/server/read-handler";
import { headerRecord, ticketRecord } from "../columns";
import { incompleteFields } from "../contract";
import { csvRecord, utf8Bom } from "../csv";
import { AccountReadError } from "./account-rows";
import { csvStream } from "./csv-stream";
import { type ExportPlan, exportRows, nextPageAhead } from "./export-rows";

/**
 * A failure → what the person may see. Across several accounts the message
 * names the account that failed; Moov's request ID travels with it.
 */
export function describeExportFailure(error: unknown, nameAccount: boolean): UserError {
  if (!(error instanceof AccountReadError)) return describeFailure(error);
  const described = describeFailure(error.cause);
  return nameAccount
    ? { ...described, message: `${error.account.displayName}: ${described.message}` }
    : described;
}

/** Rows as CSV records; the wait for a Moov page as an empty record (csv-stream.ts sends what is ready). */
async function* records(rows: ReturnType<typeof exportRows>): AsyncGenerator<string> {
  for await (const row of rows) yield row === nextPageAhead ? "" : ticketRecord(row);
}

/**
 * The export's answer. The first page of every account is read before
 * answering, so a refusal or a failure there (403, 429, Moov down) is a
 * real status code with the usual JSON error; after that the file streams,
 * and a failure ends it with the incomplete-export line (csv-stream.ts).
 */
export async function exportResponse(
  request: Request,
  plan: Omit<ExportPlan, "signal">,
  filename: string,
): Promise<Response> {
  const stop = new AbortController();
  const onDisconnect = () => stop.abort();
  request.signal.addEventListener("abort", onDisconnect, { once: true });
  const nameAccount = plan.accounts.length > 1;
  const iterator = records(exportRows({ ...plan, signal: stop.signal }));
  let first: IteratorResult<string>;
  try {
    first = await iterator.next();
  } catch (error) {
    request.signal.removeEventListener("abort", onDisconnect);
    return errorResponse(describeExportFailure(error, nameAccount));
  }
  const body = csvStream({
    opening: `${utf8Bom}${headerRecord}${first.done ? "" : first.value}`,
    records: first.done ? emptyRecords() : iterator,
    trailer: (error) => {
      const failure = describeExportFailure(error, nameAccount);
      console.error(
        "export: stopped early",
        JSON.stringify({ code: failure.code, requestId: failure.requestId }),
      );
      return csvRecord(incompleteFields(failure));
    },
    stop,
  });
  return new Response(body, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${filename}"`,
      "cache-control": "no-store",
      // Proxies must pass the file on as it comes, not buffer it whole.
      "x-accel-buffering": "no",
    },
  });
}

async function* emptyRecords(): AsyncGenerator<string> {}
