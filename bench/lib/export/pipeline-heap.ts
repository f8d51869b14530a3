/**
 * The export pipeline's live memory, measured in a process of its own with
 * the garbage collector in hand (run with --expose-gc): the route's own
 * pieces (exportRows → the CSV records → csvStream, as export-response.ts
 * joins them, minus its session and error wording, which need Next.js) over
 * generated lists that never exist as lists, read to the end like a
 * download, with a full collection and a heap reading after every chunk.
 * Beside it, what holding the same tickets would cost: the list as objects,
 * then with the finished CSV text as well. Prints one JSON line.
 *
 *   node --expose-gc --import tsx bench/lib/export/pipeline-heap.ts
 */
import { headerRecord, ticketRecord } from "../../../lib/export/columns";
import { csvStream } from "../../../lib/export/server/csv-stream";
import { exportRows, nextPageAhead } from "../../../lib/export/server/export-rows";
import { generatedList } from "../../../lib/testing/generated-ticket-list";

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error("run with node --expose-gc");
const collect = gc;

const liveMB = () => {
  collect();
  return process.memoryUsage().heapUsed / 1024 / 1024;
};

const account = { accountID: "acct-bench", displayName: "Atlas Outfitters" };

async function streamed(tickets: number) {
  const before = liveMB();
  let peak = before;
  const list = generatedList(account.accountID, tickets);
  async function* records(): AsyncGenerator<string> {
    const rows = exportRows({
      accounts: [{ account, read: list.read }],
      filter: { status: "all" },
      concurrency: 1,
    });
    for await (const row of rows) yield row === nextPageAhead ? "" : ticketRecord(row);
  }
  const reader = csvStream({
    opening: headerRecord,
    records: records(),
    trailer: () => "",
    stop: new AbortController(),
  }).getReader();
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    peak = Math.max(peak, liveMB());
  }
  return { tickets, fileMB: bytes / 1024 / 1024, liveGrowthMB: peak - before };
}

function held(tickets: number) {
  const before = liveMB();
  const list = generatedList(account.accountID, tickets);
  const all = Array.from({ length: tickets }, (_, index) => list.ticket(tickets - index));
  const asObjects = liveMB() - before;
  const text = all.map((ticket) => ticketRecord({ account, ticket })).join("");
  const withText = liveMB() - before;
  return { tickets, asObjectsMB: asObjects, withTextMB: withText, keep: all.length + text.length };
}

const round = (value: number) => Number(value.toFixed(2));
// One at a time: two pipelines at once would share one heap reading.
const streamedRows = [];
for (const tickets of [10_000, 100_000]) {
  const row = await streamed(tickets);
  streamedRows.push({ ...row, fileMB: round(row.fileMB), liveGrowthMB: round(row.liveGrowthMB) });
}
const holding = held(10_000);
console.log(
  JSON.stringify({
    streamed: streamedRows,
    held: {
      tickets: holding.tickets,
      asObjectsMB: round(holding.asObjectsMB),
      withTextMB: round(holding.withTextMB),
    },
  }),
);
