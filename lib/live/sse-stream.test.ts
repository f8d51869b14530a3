import { describe, expect, it } from "vitest";
import { InProcessBus } from "./in-process-bus";
import type { LiveEvent } from "./live-event";
import { createLiveEventStream } from "./sse-stream";

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

describe("createLiveEventStream", () => {
  it("sends only the events of accounts the person may act for", async () => {
    const bus = new InProcessBus();
    const abort = new AbortController();
    const stream = createLiveEventStream({
      bus,
      mayActFor: (accountID) => accountID === "mine",
      signal: abort.signal,
    });
    const reader = stream.getReader();
    await readUntil(reader, ": connected");
    await bus.publish(event("theirs", "e-1"));
    await bus.publish(event("mine", "e-2"));
    const text = await readUntil(reader, "e-2");
    expect(text).toContain('"eventID":"e-2"');
    expect(text).not.toContain("e-1");
    abort.abort();
    expect(bus.listenerCount).toBe(0);
  });

  it("sends heartbeats and unsubscribes when the client goes away", async () => {
    const bus = new InProcessBus();
    const abort = new AbortController();
    const stream = createLiveEventStream({
      bus,
      mayActFor: () => true,
      signal: abort.signal,
      heartbeatMs: 10,
    });
    const reader = stream.getReader();
    expect(await readUntil(reader, ": heartbeat")).toContain(": heartbeat");
    expect(bus.listenerCount).toBe(1);
    await reader.cancel();
    expect(bus.listenerCount).toBe(0);
  });
});
