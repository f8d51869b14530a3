import type { LiveEventBus } from "./event-bus";
import type { LiveEvent } from "./live-event";
import { type StreamRegistry, streamRegistry } from "./stream-registry";

export const defaultHeartbeatMs = 15_000;
export const defaultRecheckMs = 60_000;
/**
 * What may wait for one client. A healthy client drains it at once; one that
 * stops reading is dropped when it is full, and reconnects (and refetches) if
 * it ever resumes.
 */
export const streamHighWaterBytes = 64 * 1024;
/** How long the browser waits before reconnecting when the stream ends cleanly. */
const retryMs = 2_000;
/** What an SSE `id:` line may carry: nothing that could end the line and start another field. */
export const sseIdPattern = /^[A-Za-z0-9_-]{1,128}$/;

export type LiveStreamOptions = {
  bus: LiveEventBus;
  /** Only events of accounts this person may act for reach their browser. */
  mayActFor: (accountID: string) => boolean | Promise<boolean>;
  signal: AbortSignal;
  heartbeatMs?: number;
  /**
   * Asked every `recheckMs` whether the session still stands. False, or a
   * NotSignedInError / SessionEndedError, ends the stream with `session-ended`.
   */
  recheck?: () => Promise<boolean>;
  recheckMs?: number;
  /** Counts the stream against this person's cap; without it the stream is not counted. */
  personKey?: string;
  /** Defaults to the process-wide registry. */
  registry?: StreamRegistry;
};

/** Why the server ended a stream; the browser should not reconnect after either. */
export type FinalEvent = "session-ended" | "replaced";

const encoder = new TextEncoder();

function ticketFrame(event: LiveEvent): Uint8Array {
  // eventID comes from an unsigned webhook body; the webhook schema checks it,
  // and this check keeps the line safe whoever publishes.
  const id = sseIdPattern.test(event.eventID) ? `id: ${event.eventID}\n` : "";
  return encoder.encode(`${id}event: ticket\ndata: ${JSON.stringify(event)}\n\n`);
}

const finalFrame = (name: FinalEvent) => encoder.encode(`event: ${name}\ndata: {}\n\n`);

// By name, not class: the auth layer's errors may come from another bundle's copy.
const endsSession = (error: unknown) =>
  error instanceof Error &&
  (error.name === "NotSignedInError" || error.name === "SessionEndedError");

/**
 * A server-sent event stream of one person's live events. Heartbeats keep
 * proxies from closing an idle connection and let the browser notice a dead one.
 */
export function createLiveEventStream(options: LiveStreamOptions): ReadableStream<Uint8Array> {
  const { bus, mayActFor, signal, heartbeatMs = defaultHeartbeatMs } = options;
  const { recheck, recheckMs = defaultRecheckMs, personKey } = options;
  let close = () => {};
  return new ReadableStream<Uint8Array>(
    {
      start(controller) {
        let open = true;
        const timers: ReturnType<typeof setInterval>[] = [];
        let unsubscribe = () => {};
        let unregister = () => {};
        close = () => {
          if (!open) return;
          open = false;
          for (const timer of timers) clearInterval(timer);
          unsubscribe();
          unregister();
          signal.removeEventListener("abort", close);
          try {
            controller.close();
          } catch {
            // Already closed by the client.
          }
        };
        const send = (chunk: Uint8Array) => {
          if (!open) return;
          // A full queue means the client stopped reading: drop it rather than buffer for it.
          if ((controller.desiredSize ?? 0) <= 0) return close();
          try {
            controller.enqueue(chunk);
          } catch {
            close();
          }
        };
        const end = (name: FinalEvent) => {
          if (!open) return;
          try {
            controller.enqueue(finalFrame(name));
          } catch {
            // The client is gone; there is no one to tell.
          }
          close();
        };

        if (signal.aborted) return close();
        signal.addEventListener("abort", close, { once: true });
        unsubscribe = bus.subscribe((event) => {
          Promise.resolve(mayActFor(event.accountID))
            .then((allowed) => {
              if (allowed) send(ticketFrame(event));
            })
            .catch(() => {
              // A failed permission check drops the event; the screen still refetches on focus.
            });
        });
        timers.push(setInterval(() => send(encoder.encode(": heartbeat\n\n")), heartbeatMs));
        if (recheck) timers.push(setInterval(recheckSession(recheck, end), recheckMs));
        if (personKey !== undefined) {
          const registry = options.registry ?? streamRegistry();
          unregister = registry.register(personKey, () => end("replaced"));
        }
        send(encoder.encode(`retry: ${retryMs}\n: connected\n\n`));
      },
      cancel() {
        close();
      },
    },
    new ByteLengthQueuingStrategy({ highWaterMark: streamHighWaterBytes }),
  );
}

/** One recheck at a time: a slow session store must not pile up checks. */
function recheckSession(recheck: () => Promise<boolean>, end: (name: FinalEvent) => void) {
  let checking = false;
  return () => {
    if (checking) return;
    checking = true;
    Promise.resolve()
      .then(recheck)
      .then(
        (stillSignedIn) => {
          if (!stillSignedIn) end("session-ended");
        },
        (error: unknown) => {
          // Anything else (Moov or the store briefly down) keeps the stream; the next tick asks again.
          if (endsSession(error)) end("session-ended");
        },
      )
      .finally(() => {
        checking = false;
      });
  };
}
