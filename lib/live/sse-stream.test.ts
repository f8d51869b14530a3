import { afterEach, describe, expect, it, vi } from "vitest";
import { NotSignedInError, SessionEndedError } from "@/lib/auth/errors";
import { InProcessBus } from "./in-process-bus";
import type { LiveEvent } from "./live-event";
import { createLiveEventStream, streamHighWaterBytes } from "./sse-stream";
import { StreamRegistry } from "./stream-registry";

const event = (accountID: string, eventID: string): LiveEvent => ({
  kind: "ticket.updated",
  accountID,
  ticketID: "t-1",
  status: "on-hold",
  eventID,
});

async function readUntil(reader: ReadableStreamDefaultReader<Uint8Array>, marker: string) {
  const decoder = new TextDecoder();
  let text = "";
  while (!text.includes(marker)) {
    const { value, done } = await reader.read();
    if (done) break;
    text += decoder.decode(value);
  }
  return text;
}

async function readToEnd(reader: ReadableStreamDefaultReader<Uint8Array>) {
  const decoder = new TextDecoder();
  let text = "";
  let bytes = 0;
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return { text, bytes };
    bytes += value.byteLength;
    text += decoder.decode(value);
  }
}

/** Lets the permission checks (promises) and the sends behind them run. */
const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

function open(extra: Partial<Parameters<typeof createLiveEventStream>[0]> = {}) {
  const bus = new InProcessBus();
  const abort = new AbortController();
  const stream = createLiveEventStream({
    bus,
    mayActFor: () => true,
    signal: abort.signal,
    ...extra,
  });
  return { bus, abort, stream };
}

afterEach(() => {
  vi.useRealTimers();
});

describe("createLiveEventStream", () => {
  it("sends only the events of accounts the person may act for", async () => {
    const { bus, abort, stream } = open({ mayActFor: (accountID) => accountID === "mine" });
    const reader = stream.getReader();
    await readUntil(reader, ": connected");
    await bus.publish(event("theirs", "e-1"));
    await bus.publish(event("mine", "e-2"));
    const text = await readUntil(reader, "e-2");
    expect(text).toContain("id: e-2\n");
    expect(text).toContain('"eventID":"e-2"');
    expect(text).not.toContain("e-1");
    abort.abort();
    expect(bus.listenerCount).toBe(0);
  });

  it("sends heartbeats and unsubscribes when the client goes away", async () => {
    const { bus, stream } = open({ heartbeatMs: 10 });
    const reader = stream.getReader();
    expect(await readUntil(reader, ": heartbeat")).toContain(": heartbeat");
    expect(bus.listenerCount).toBe(1);
    await reader.cancel();
    expect(bus.listenerCount).toBe(0);
  });

  it("closes at once, subscribing to nothing, when the request was already aborted", async () => {
    const bus = new InProcessBus();
    const registry = new StreamRegistry();
    const stream = createLiveEventStream({
      bus,
      mayActFor: () => true,
      signal: AbortSignal.abort(),
      personKey: "ana",
      registry,
    });
    expect(await stream.getReader().read()).toEqual({ done: true, value: undefined });
    expect(bus.listenerCount).toBe(0);
    expect(registry.countFor("ana")).toBe(0);
  });

  it("writes no id line for an eventID that could inject SSE fields", async () => {
    const { bus, abort, stream } = open();
    const reader = stream.getReader();
    await readUntil(reader, ": connected");
    await bus.publish(event("mine", "e-1\ndata: injected\nevent: ticket"));
    await bus.publish(event("mine", "e-2"));
    const text = await readUntil(reader, "id: e-2");
    const lines = text.split("\n");
    expect(lines.filter((line) => line.startsWith("id:"))).toEqual(["id: e-2"]);
    expect(lines).not.toContain("data: injected");
    // The event itself still arrives; only the browser's Last-Event-ID is not set by it.
    expect(text).toContain('"eventID":"e-1\\ndata: injected\\nevent: ticket"');
    abort.abort();
  });

  it("ends the stream with session-ended when the recheck says the session is over", async () => {
    vi.useFakeTimers();
    let valid = true;
    const recheck = vi.fn(async () => valid);
    const { bus, stream } = open({ recheck, recheckMs: 1_000, heartbeatMs: 60_000 });
    const reader = stream.getReader();
    await readUntil(reader, ": connected");
    await vi.advanceTimersByTimeAsync(1_000);
    expect(recheck).toHaveBeenCalledTimes(1);
    expect(bus.listenerCount).toBe(1);
    valid = false;
    await vi.advanceTimersByTimeAsync(1_000);
    const { text } = await readToEnd(reader);
    expect(text).toBe("event: session-ended\ndata: {}\n\n");
    expect(bus.listenerCount).toBe(0);
  });

  it.each([
    ["NotSignedInError", new NotSignedInError()],
    ["SessionEndedError", new SessionEndedError("revoked")],
  ])("ends the stream when the recheck throws %s", async (_name, error) => {
    vi.useFakeTimers();
    const { bus, stream } = open({ recheck: () => Promise.reject(error), recheckMs: 1_000 });
    const reader = stream.getReader();
    await readUntil(reader, ": connected");
    await vi.advanceTimersByTimeAsync(1_000);
    expect((await readToEnd(reader)).text).toContain("event: session-ended\ndata: {}\n\n");
    expect(bus.listenerCount).toBe(0);
  });

  it("keeps the stream when the recheck fails for another reason", async () => {
    vi.useFakeTimers();
    const recheck = vi.fn(() => Promise.reject(new Error("Moov is down")));
    const { bus, abort, stream } = open({ recheck, recheckMs: 1_000, heartbeatMs: 60_000 });
    const reader = stream.getReader();
    await readUntil(reader, ": connected");
    await vi.advanceTimersByTimeAsync(3_000);
    expect(recheck).toHaveBeenCalledTimes(3);
    expect(bus.listenerCount).toBe(1);
    await bus.publish(event("mine", "e-1"));
    expect(await readUntil(reader, "id: e-1")).toContain("id: e-1");
    abort.abort();
  });

  it("drops a client that stops reading instead of queueing without bound", async () => {
    const { bus, stream } = open();
    // Never read until the end: the client is stuck.
    for (let index = 0; index < 2_000; index += 1) {
      await bus.publish(event("mine", `e-${index}`));
    }
    await settle();
    expect(bus.listenerCount).toBe(0);
    const { text, bytes } = await readToEnd(stream.getReader());
    expect(bytes).toBeLessThanOrEqual(streamHighWaterBytes + 1024);
    expect(text).not.toContain("e-1999");
  });

  it("closes the oldest stream of a person who opens one too many, and unregisters on close", async () => {
    const registry = new StreamRegistry(2);
    const bus = new InProcessBus();
    const streams = [new AbortController(), new AbortController(), new AbortController()].map(
      (abort) => ({
        abort,
        reader: createLiveEventStream({
          bus,
          mayActFor: () => true,
          signal: abort.signal,
          personKey: "ana",
          registry,
        }).getReader(),
      }),
    );
    const [oldest, middle, newest] = streams;
    if (!oldest || !middle || !newest) throw new Error("three streams expected");
    expect((await readToEnd(oldest.reader)).text).toContain("event: replaced\ndata: {}\n\n");
    expect(registry.countFor("ana")).toBe(2);
    expect(bus.listenerCount).toBe(2);
    await middle.reader.cancel();
    expect(registry.countFor("ana")).toBe(1);
    newest.abort.abort();
    expect(registry.countFor("ana")).toBe(0);
    expect(bus.listenerCount).toBe(0);
  });
});
