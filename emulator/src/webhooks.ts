import { createHmac, randomBytes } from "node:crypto";
import type { RuntimeConfig } from "./config.js";
import { newUUID } from "./ids.js";
import type { Store } from "./store/store.js";

export type TicketEventType = "ticket.created" | "ticket.updated" | "ticket.messageAdded";
export type EventType = TicketEventType | "event.test";

export type WebhookEvent = {
  eventID: string;
  type: EventType;
  createdOn: string;
  data: Record<string, unknown>;
};

export type DeliveryAttempt = { at: string; status?: number; error?: string };

export type Delivery = {
  deliveryID: string;
  webhookID: string;
  eventID: string;
  type: EventType;
  state: "pending" | "delivered" | "failed";
  attempts: DeliveryAttempt[];
};

const deliveryTimeoutMs = 5000;
const maxDeliveriesKept = 500;

/** X-Signature: hex HMAC-SHA512 over `timestamp|nonce|webhookID` with the webhook's secret. */
export function signWebhook(secret: string, timestamp: string, nonce: string, webhookID: string) {
  return createHmac("sha512", secret).update(`${timestamp}|${nonce}|${webhookID}`).digest("hex");
}

/**
 * Delivers events to every registered webhook, retrying non-2xx answers and
 * network errors with exponential back-off. Deliveries live in memory only:
 * a restart forgets pending retries, as a crash would.
 */
export class WebhookDispatcher {
  private deliveries: Delivery[] = [];
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly inFlight = new Set<AbortController>();
  private stopped = false;

  constructor(
    private readonly store: Store,
    private readonly config: RuntimeConfig,
  ) {}

  emit(type: EventType, data: Record<string, unknown>, onlyWebhookID?: string): WebhookEvent {
    const event: WebhookEvent = {
      eventID: newUUID(),
      type,
      createdOn: new Date().toISOString(),
      data,
    };
    const hooks = this.store.webhooks
      .all()
      .filter((hook) => onlyWebhookID === undefined || hook.webhook_id === onlyWebhookID);
    for (const hook of hooks) {
      const delivery: Delivery = {
        deliveryID: newUUID(),
        webhookID: hook.webhook_id,
        eventID: event.eventID,
        type,
        state: "pending",
        attempts: [],
      };
      this.deliveries.push(delivery);
      if (this.deliveries.length > maxDeliveriesKept) this.deliveries.shift();
      this.schedule(delivery, event, 0);
    }
    return event;
  }

  list(webhookID?: string): Delivery[] {
    return this.deliveries
      .filter((delivery) => webhookID === undefined || delivery.webhookID === webhookID)
      .map((delivery) => ({ ...delivery, attempts: [...delivery.attempts] }));
  }

  clearDeliveries(): void {
    this.deliveries = [];
  }

  stop(): void {
    this.stopped = true;
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    for (const controller of this.inFlight) controller.abort();
  }

  private schedule(delivery: Delivery, event: WebhookEvent, delayMs: number): void {
    if (this.stopped) return;
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      void this.attempt(delivery, event);
    }, delayMs);
    this.timers.add(timer);
  }

  private async attempt(delivery: Delivery, event: WebhookEvent): Promise<void> {
    const hook = this.store.webhooks.get(delivery.webhookID);
    if (!hook || this.stopped) {
      delivery.state = "failed";
      return;
    }
    // Each attempt is signed afresh, so a retry carries a current timestamp.
    const timestamp = new Date().toISOString();
    const nonce = randomBytes(16).toString("hex");
    const attempt: DeliveryAttempt = { at: timestamp };
    delivery.attempts.push(attempt);
    const controller = new AbortController();
    this.inFlight.add(controller);
    const timeout = setTimeout(() => controller.abort(), deliveryTimeoutMs);
    try {
      const response = await fetch(hook.url, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          "x-timestamp": timestamp,
          "x-nonce": nonce,
          "x-webhook-id": hook.webhook_id,
          "x-signature": signWebhook(hook.secret, timestamp, nonce, hook.webhook_id),
        },
        body: JSON.stringify(event),
        signal: controller.signal,
      });
      attempt.status = response.status;
      await response.arrayBuffer().catch(() => undefined);
      if (response.ok) {
        delivery.state = "delivered";
        return;
      }
    } catch (error) {
      attempt.error = error instanceof Error ? error.message : String(error);
    } finally {
      clearTimeout(timeout);
      this.inFlight.delete(controller);
    }
    if (delivery.attempts.length >= this.config.webhookMaxAttempts) {
      delivery.state = "failed";
      return;
    }
    const backoff = this.config.webhookRetryBaseMs * 2 ** (delivery.attempts.length - 1);
    this.schedule(delivery, event, backoff);
  }
}
