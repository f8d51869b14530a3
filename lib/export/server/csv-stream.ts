/**
 * The export's body: CSV records pulled from `records` only as fast as the
 * browser takes them. `pull` runs when the response has room for more (Next.js
 * pipes this stream to the socket and waits for it to drain), so a slow
 * download slows the Moov reads behind it instead of piling rows up in
 * memory; a browser that goes away cancels the stream, which aborts `stop`
 * and ends the reading.
 *
 * A failure after the first bytes cannot change the status code any more.
 * The file then says so itself, on its last line (`trailer`), and the stream
 * errors right after it: the response ends without HTTP's closing chunk, so a
 * browser's download manager marks a plain-link download failed, and the
 * app's own download (lib/export/use-csv-export.ts) reports the trailer's
 * message instead of saving the file.
 */
export type CsvStreamOptions = {
  /** The first bytes: BOM, header and whatever was read before answering. */
  opening: string;
  records: AsyncIterator<string>;
  /** The last line of a file that stops early, from the failure. */
  trailer: (error: unknown) => string;
  stop: AbortController;
  /** About this many characters per chunk: small enough to show progress, large enough to be cheap. */
  chunkSize?: number;
};

export class IncompleteExportError extends Error {
  override name = "IncompleteExportError";
}

export function csvStream(options: CsvStreamOptions): ReadableStream<Uint8Array> {
  const { records, trailer, stop, chunkSize = 16_384 } = options;
  const encoder = new TextEncoder();
  let opening = options.opening;
  let failed = false;
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        if (failed) {
          controller.error(new IncompleteExportError("the export stopped early"));
          return;
        }
        let text = opening;
        opening = "";
        try {
          while (text.length < chunkSize) {
            const next = await records.next();
            // The download went away meanwhile: whoever still reads must not take this for a whole file.
            if (stop.signal.aborted) {
              controller.error(new IncompleteExportError("the download was cancelled"));
              return;
            }
            if (next.done) {
              if (text) controller.enqueue(encoder.encode(text));
              controller.close();
              return;
            }
            text += next.value;
          }
        } catch (error) {
          if (stop.signal.aborted) {
            controller.error(new IncompleteExportError("the download was cancelled"));
            return;
          }
          // Sent on its own pull: the trailer reaches the socket before the stream errors.
          text += trailer(error);
          failed = true;
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
