/**
 * A streamed answer of newline-delimited JSON: each line goes out as soon as
 * it is written, so the browser can show an account's tickets the moment that
 * account answers. `produce` runs inside the response; whatever it throws
 * ends the stream after the lines already sent.
 */
export function ndjsonResponse<Line>(
  produce: (emit: (line: Line) => void) => Promise<void>,
  onError: (error: unknown) => void,
): Response {
  const encoder = new TextEncoder();
  // False once the stream is done or the browser went away (a new filter, a closed tab):
  // writing to a cancelled stream throws, which is not a failure worth reporting.
  let open = true;
  const body = new ReadableStream<Uint8Array>({
    async start(controller) {
      const emit = (line: Line) => {
        if (open) controller.enqueue(encoder.encode(`${JSON.stringify(line)}\n`));
      };
      try {
        await produce(emit);
      } catch (error) {
        if (open) onError(error);
      } finally {
        if (open) controller.close();
        open = false;
      }
    },
    cancel() {
      open = false;
    },
  });
  return new Response(body, {
    headers: {
      "content-type": "application/x-ndjson; charset=utf-8",
      "cache-control": "no-store",
      // Proxies must pass each line on as it comes, not buffer the answer.
      "x-accel-buffering": "no",
    },
  });
}
