/**
 * The emulator's admin API and its Moov API called with an account's key pair,
 * for setting up data and checking the results (never measured).
 */
export type SeedAccount = {
  accountID: string;
  displayName: string;
  partner: boolean;
  connectedAccountIDs: string[];
  apiKeys: Array<{ publicKey: string; privateKey: string }>;
};

export type JournalEntry = {
  at: string;
  method: string;
  path: string;
  query?: Record<string, string>;
  clientID?: string;
  status: number;
  authScheme: string;
  accountID?: string;
  requestID: string;
  durationMs: number;
};

export class EmulatorAPI {
  constructor(readonly url: string) {}

  private async json<T>(path: string, init?: RequestInit): Promise<T> {
    const response = await fetch(`${this.url}${path}`, {
      ...init,
      headers: { "content-type": "application/json", ...init?.headers },
    });
    const text = await response.text();
    if (!response.ok)
      throw new Error(
        `${init?.method ?? "GET"} ${path} → ${response.status} ${text.slice(0, 200)}`,
      );
    return (text ? JSON.parse(text) : undefined) as T;
  }

  async seedInfo(): Promise<SeedAccount[]> {
    return (await this.json<{ accounts: SeedAccount[] }>("/_emulator/seed-info")).accounts;
  }

  async keysOf(accountID: string): Promise<{ publicKey: string; privateKey: string }> {
    const account = (await this.seedInfo()).find((entry) => entry.accountID === accountID);
    const keys = account?.apiKeys[0];
    if (!keys) throw new Error(`the emulator has no key pair for ${accountID}`);
    return keys;
  }

  journal(limit = 1000): Promise<JournalEntry[]> {
    return this.json(`/_emulator/journal?limit=${limit}`);
  }

  clearJournal(): Promise<void> {
    return this.json("/_emulator/journal", { method: "DELETE" });
  }

  setConfig(config: Record<string, number>): Promise<unknown> {
    return this.json("/_emulator/config", { method: "PUT", body: JSON.stringify(config) });
  }

  /** Every Moov API call waits `delayMs` before it is answered, as a far-away Moov would. */
  addUpstreamLatency(delayMs: number): Promise<unknown> {
    return this.json("/_emulator/faults", {
      method: "POST",
      body: JSON.stringify({ method: "*", path: "/accounts/**", delayMs }),
    });
  }

  staffStatus(ticketID: string, status: string): Promise<unknown> {
    return this.json(`/_emulator/tickets/${ticketID}/status`, {
      method: "POST",
      body: JSON.stringify({ status }),
    });
  }
}

export type Ticket = { ticketID: string; number: number; status: string; foreignID?: string };

/** The Moov API with Basic auth for one account's key pair. */
export class KeyPairClient {
  private readonly authorization: string;

  constructor(
    readonly url: string,
    keys: { publicKey: string; privateKey: string },
  ) {
    this.authorization = `Basic ${Buffer.from(`${keys.publicKey}:${keys.privateKey}`).toString("base64")}`;
  }

  private async call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const response = await fetch(`${this.url}${path}`, {
      method,
      headers: {
        authorization: this.authorization,
        "x-moov-version": "v2026.04.00",
        ...(body === undefined ? {} : { "content-type": "application/json" }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok)
      throw new Error(`${method} ${path} → ${response.status} ${text.slice(0, 200)}`);
    return JSON.parse(text) as T;
  }

  createTicket(accountID: string, foreignID: string, index: number): Promise<Ticket> {
    return this.call("POST", `/accounts/${accountID}/tickets`, {
      title: `Bench ticket ${index}`,
      body: `Created by the Support Desk bench (${foreignID}).`,
      contact: { email: "bench@example.com", name: "Bench" },
      foreignID,
    });
  }

  listPage(
    accountID: string,
    query: Record<string, string>,
  ): Promise<{ items: Ticket[]; nextPage?: { cursor: string } }> {
    return this.call("GET", `/accounts/${accountID}/tickets?${new URLSearchParams(query)}`);
  }

  /** Every ticket of the account (optionally one foreignID), following the cursor. */
  async allTickets(accountID: string, foreignID?: string): Promise<Ticket[]> {
    const tickets: Ticket[] = [];
    let cursor: string | undefined;
    do {
      const query = new URLSearchParams({ count: "1000" });
      if (cursor) query.set("cursor", cursor);
      if (foreignID) query.set("foreignID", foreignID);
      const page = await this.listPage(accountID, Object.fromEntries(query));
      tickets.push(...page.items);
      cursor = page.nextPage?.cursor;
    } while (cursor);
    return tickets;
  }
}

/** Runs `task` over `items` with at most `limit` at a time. */
export async function eachLimited<T, R>(
  items: readonly T[],
  limit: number,
  task: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const index = next++;
        results[index] = await task(items[index] as T, index);
      }
    }),
  );
  return results;
}
