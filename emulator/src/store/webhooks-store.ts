import type { Db } from "./database.js";

export type WebhookRow = { webhook_id: string; url: string; secret: string; created_on: string };

export class WebhooksStore {
  private readonly insertStmt;
  private readonly allStmt;
  private readonly getStmt;
  private readonly deleteStmt;

  constructor(db: Db) {
    this.insertStmt = db.prepare(
      "INSERT INTO webhooks (webhook_id, url, secret, created_on) VALUES (?, ?, ?, ?)",
    );
    this.allStmt = db.prepare<[], WebhookRow>("SELECT * FROM webhooks ORDER BY created_on");
    this.getStmt = db.prepare<[string], WebhookRow>("SELECT * FROM webhooks WHERE webhook_id = ?");
    this.deleteStmt = db.prepare("DELETE FROM webhooks WHERE webhook_id = ?");
  }

  insert(row: WebhookRow): void {
    this.insertStmt.run(row.webhook_id, row.url, row.secret, row.created_on);
  }

  all(): WebhookRow[] {
    return this.allStmt.all();
  }

  get(webhookID: string): WebhookRow | undefined {
    return this.getStmt.get(webhookID);
  }

  delete(webhookID: string): boolean {
    return this.deleteStmt.run(webhookID).changes > 0;
  }
}
