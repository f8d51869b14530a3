import { AccountsStore } from "./accounts-store.js";
import { type Db, openDatabase } from "./database.js";
import { TicketsStore } from "./tickets-store.js";
import { TokensStore } from "./tokens-store.js";
import { WebhooksStore } from "./webhooks-store.js";

/** One handle on the SQLite file with a repository per table group. */
export class Store {
  readonly accounts: AccountsStore;
  readonly tickets: TicketsStore;
  readonly tokens: TokensStore;
  readonly webhooks: WebhooksStore;

  constructor(readonly db: Db) {
    this.accounts = new AccountsStore(db);
    this.tickets = new TicketsStore(db);
    this.tokens = new TokensStore(db);
    this.webhooks = new WebhooksStore(db);
  }

  static open(file: string): Store {
    return new Store(openDatabase(file));
  }

  /** Runs `work` in one SQLite transaction: every write commits whole or not at all. */
  transaction<T>(work: () => T): T {
    return this.db.transaction(work)();
  }

  isEmpty(): boolean {
    const row = this.db.prepare<[], { n: number }>("SELECT count(*) AS n FROM accounts").get();
    return (row?.n ?? 0) === 0;
  }

  /** Deletes all data; webhooks survive unless asked, since a running app registered them. */
  clear(options: { keepWebhooks: boolean }): void {
    this.db.exec(`
      DELETE FROM messages; DELETE FROM tickets; DELETE FROM tokens;
      DELETE FROM api_keys; DELETE FROM connections; DELETE FROM accounts;
    `);
    if (!options.keepWebhooks) this.db.exec("DELETE FROM webhooks");
  }

  close(): void {
    this.db.close();
  }
}
