import type { LiveEventBus } from "./event-bus";
import type { LiveEvent } from "./live-event";

export const HEARTBEAT_MS = 15_000;
/** How long the browser waits before reconnecting when the stream ends cleanly. */
const RETRY_MS = 2_000;

export type LiveStreamOptions = {
  bus: LiveEventBus;
  /** Only events of accounts this person may act for reach their browser. */
  mayActFor: (accountID: string) => boolean | Promise<boolean>;
  signal: AbortSignal;
  heartbeatMs?: number;
};

const encoder = new TextEncoder();

function frame(event: LiveEvent): Uint8Array {
  return encoder.encode(`id: ${event.eventID}\nevent: ticket\ndata: ${JSON.stringify(event)}\n\n`);
}

/**
 * A server-sent event stream of one person's live events. Heartbeats keep
 * proxies from closing an idle connection and let the browser notice a dead one.
 */
export function createLiveEventStream(options: LiveStreamOptions): ReadableStream<Uint8Array> {
  const { bus, mayActFor, signal, heartbeatMs = HEARTBEAT_MS } = options;
  let cleanup = () => {};
  return new ReadableStream<Uint8Array>({
    start(controller) {
      let open = true;
      const send = (chunk: Uint8Array) => {
        if (!open) return;
        try {
          controller.enqueue(chunk);
        } catch {
          close();
        }
      };
      const unsubscribe = bus.subscribe((event) => {
        Promise.resolve(mayActFor(event.accountID))
          .then((allowed) => {
            if (allowed) send(frame(event));
          })
          .catch(() => {
            // A failed permission check drops the event; the screen still refetches on focus.
          });
      });
      const heartbeat = setInterval(() => send(encoder.encode(": heartbeat\n\n")), heartbeatMs);
      const close = () => {
        if (!open) return;
        open = false;
        clearInterval(heartbeat);
        unsubscribe();
        try {
          controller.close();
        } catch {
          // Already closed by the client.
        }
      };
      cleanup = close;
      signal.addEventListener("abort", close, { once: true });
      send(encoder.encode(`retry: ${RETRY_MS}\n: connected\n\n`));
    },
    cancel() {
      cleanup();
    },
  });
}
