import { Redis } from "ioredis";
import type { LiveEventBus, LiveEventListener } from "./event-bus";
import { InProcessBus } from "./in-process-bus";
import { type LiveEvent, liveEventSchema } from "./live-event";

const eventsChannel = "support-desk:live-events";
// The name predates delivery claims; kept so eventID claims survive a deploy.
const claimPrefix = "support-desk:webhook-event:";

/**
 * Several app instances behind a load balancer: a webhook may reach any of
 * them, so events go through Redis pub/sub and every instance hands them to
 * its own open screens. Claims use SET NX so a replay is caught whichever
 * instance it lands on.
 */
export class RedisBus implements LiveEventBus {
  private readonly local = new InProcessBus();
  private readonly publisher: Redis;
  private readonly subscriber: Redis;
  private readonly ready: Promise<unknown>;

  constructor(url: string) {
    this.publisher = new Redis(url, { maxRetriesPerRequest: 2, lazyConnect: false });
    this.subscriber = new Redis(url, { maxRetriesPerRequest: null });
    this.subscriber.on("message", (channel: string, message: string) => {
      if (channel !== eventsChannel) return;
      const parsed = liveEventSchema.safeParse(safeJSON(message));
      if (parsed.success) this.local.deliver(parsed.data);
    });
    for (const client of [this.publisher, this.subscriber]) {
      client.on("error", (error: Error) => console.error("redis bus:", error.message));
    }
    this.ready = this.subscriber.subscribe(eventsChannel);
  }

  async publish(event: LiveEvent): Promise<void> {
    await this.ready;
    await this.publisher.publish(eventsChannel, JSON.stringify(event));
  }

  subscribe(listener: LiveEventListener): () => void {
    return this.local.subscribe(listener);
  }

  async claim(key: string, ttlMs: number): Promise<boolean> {
    const result = await this.publisher.set(`${claimPrefix}${key}`, "1", "PX", ttlMs, "NX");
    return result === "OK";
  }

  async close(): Promise<void> {
    await this.local.close();
    this.subscriber.disconnect();
    this.publisher.disconnect();
  }
}

function safeJSON(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
