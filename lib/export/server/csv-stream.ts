/**
 * The export's body: CSV records pulled from `records` only as fast as the
 * browser takes them. `pull` runs when the response has room for more (Next.js
 * pipes this stream to the socket and waits for it to drain), so a slow
 * download slows the Moov reads behind it instead of piling rows up in
 * memory; a browser that goes away cancels the stream, which aborts `stop`
 * and ends the reading.
 *
 * A failure after the first bytes cannot change the status code any more.
 * The file then says so itself, on its last line (`trailer`), and ends
 * there: the app's own download (lib/export/use-csv-export.ts) reads that
 * line and reports it instead of saving the file, and a person who fetched
 * the address by a plain link sees it as the file's last row. Breaking the
 * connection instead (so a download manager marks the file failed) was
 * tried: Node drops whatever the response still buffers when it is
 * destroyed, so the trailer, and rows before it, never arrived.
 */
export type CsvStreamOptions = {
  /** The first bytes: BOM, header and whatever was read before answering. */
  opening: string;
  /** An empty record is not written: it says the next ones wait on Moov, so what is ready goes out first. */
  records: AsyncIterator<string>;
  /** The last line of a file that stops early, from the failure. */
  trailer: (error: unknown) => string;
  stop: AbortController;
  /** About this many characters per chunk: small enough to show progress, large enough to be cheap. */
  chunkSize?: number;
};

/**
 * The download went away: whoever might still read must not take what came
 * for a whole file. An AbortError, which Next.js knows as a response ended
 * on purpose (it does not log it as a failure).
 */
const cancelled = () => new DOMException("the download was cancelled", "AbortError");

export function csvStream(options: CsvStreamOptions): ReadableStream<Uint8Array> {
  const { records, trailer, stop, chunkSize = 16_384 } = options;
  const encoder = new TextEncoder();
  let opening = options.opening;
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        let text = opening;
        opening = "";
        try {
          while (text.length < chunkSize) {
            const next = await records.next();
            if (stop.signal.aborted) {
              controller.error(cancelled());
              return;
            }
            if (next.done) {
              if (text) controller.enqueue(encoder.encode(text));
              controller.close();
              return;
            }
            if (next.value === "" && text) break;
            text += next.value;
          }
        } catch (error) {
          if (stop.signal.aborted) {
            controller.error(cancelled());
            return;
          }
          controller.enqueue(encoder.encode(text + trailer(error)));
          controller.close();
          return;
        }
        controller.enqueue(encoder.encode(text));
      },
      async cancel() {
        stop.abort();
        await records.return?.();
      },
    },
    // Nothing is read ahead of the consumer: pull runs only when a read is waiting.
    { highWaterMark: 0 },
  );
}
