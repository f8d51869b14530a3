import type { Db } from "./database.js";

export type AccountRow = {
  account_id: string;
  display_name: string;
  partner: number;
  email: string | null;
  foreign_id: string | null;
  created_on: string;
  updated_on: string;
};

export type NewAccount = {
  accountID: string;
  displayName: string;
  partner: boolean;
  email?: string;
  foreignID?: string;
  createdOn: string;
};

export type KeyPair = { publicKey: string; privateKey: string };

export type ConnectedFilter = {
  count: number;
  skip: number;
  name?: string;
  email?: string;
  foreignID?: string;
};

const accountTableColumns =
  "a.account_id, a.display_name, a.partner, a.email, a.foreign_id, a.created_on, a.updated_on";

export class AccountsStore {
  private readonly getStmt;
  private readonly allStmt;
  private readonly insertStmt;
  private readonly connectStmt;
  private readonly markPartnerStmt;
  private readonly isConnectedStmt;
  private readonly connectedIDsStmt;
  private readonly insertKeyStmt;
  private readonly keyStmt;
  private readonly keysForStmt;

  constructor(private readonly db: Db) {
    this.getStmt = db.prepare<[string], AccountRow>(
      `SELECT ${accountTableColumns} FROM accounts a WHERE a.account_id = ?`,
    );
    this.allStmt = db.prepare<[], AccountRow>(
      `SELECT ${accountTableColumns} FROM accounts a ORDER BY a.created_on, a.account_id`,
    );
    this.insertStmt = db.prepare(
      `INSERT INTO accounts (account_id, display_name, partner, email, foreign_id, created_on, updated_on)
       VALUES (@accountID, @displayName, @partner, @email, @foreignID, @createdOn, @createdOn)`,
    );
    this.connectStmt = db.prepare(
      "INSERT OR IGNORE INTO connections (partner_id, account_id, created_on) VALUES (?, ?, ?)",
    );
    this.markPartnerStmt = db.prepare("UPDATE accounts SET partner = 1 WHERE account_id = ?");
    this.isConnectedStmt = db.prepare<[string, string], { one: number }>(
      "SELECT 1 AS one FROM connections WHERE partner_id = ? AND account_id = ?",
    );
    this.connectedIDsStmt = db.prepare<[string], { account_id: string }>(
      "SELECT account_id FROM connections WHERE partner_id = ? ORDER BY created_on, account_id",
    );
    this.insertKeyStmt = db.prepare(
      "INSERT INTO api_keys (public_key, private_key, account_id) VALUES (?, ?, ?)",
    );
    this.keyStmt = db.prepare<[string], { private_key: string; account_id: string }>(
      "SELECT private_key, account_id FROM api_keys WHERE public_key = ?",
    );
    this.keysForStmt = db.prepare<[string], { public_key: string; private_key: string }>(
      "SELECT public_key, private_key FROM api_keys WHERE account_id = ? ORDER BY rowid",
    );
  }

  get(accountID: string): AccountRow | undefined {
    return this.getStmt.get(accountID);
  }

  all(): AccountRow[] {
    return this.allStmt.all();
  }

  insert(account: NewAccount): void {
    this.insertStmt.run({
      accountID: account.accountID,
      displayName: account.displayName,
      partner: account.partner ? 1 : 0,
      email: account.email ?? null,
      foreignID: account.foreignID ?? null,
      createdOn: account.createdOn,
    });
  }

  /** Connecting makes the first account a partner: only partners have connected accounts. */
  connect(partnerID: string, accountID: string, createdOn: string): void {
    this.markPartnerStmt.run(partnerID);
    this.connectStmt.run(partnerID, accountID, createdOn);
  }

  isConnected(partnerID: string, accountID: string): boolean {
    return this.isConnectedStmt.get(partnerID, accountID) !== undefined;
  }

  connectedIDs(partnerID: string): string[] {
    return this.connectedIDsStmt.all(partnerID).map((row) => row.account_id);
  }

  listConnected(partnerID: string, filter: ConnectedFilter): AccountRow[] {
    const where = ["c.partner_id = @partnerID"];
    if (filter.name) where.push("a.display_name LIKE @name ESCAPE '\\'");
    if (filter.email) where.push("lower(a.email) = lower(@email)");
    if (filter.foreignID) where.push("a.foreign_id = @foreignID");
    return this.db
      .prepare<Record<string, string | number>, AccountRow>(
        `SELECT ${accountTableColumns} FROM connections c JOIN accounts a ON a.account_id = c.account_id
         WHERE ${where.join(" AND ")} ORDER BY c.created_on, a.account_id LIMIT @count OFFSET @skip`,
      )
      .all({
        partnerID,
        name: `%${(filter.name ?? "").replace(/[\\%_]/g, (c) => `\\${c}`)}%`,
        email: filter.email ?? "",
        foreignID: filter.foreignID ?? "",
        count: filter.count,
        skip: filter.skip,
      });
  }

  insertKey(accountID: string, keys: KeyPair): void {
    this.insertKeyStmt.run(keys.publicKey, keys.privateKey, accountID);
  }

  /** The account a key pair belongs to, or undefined when the pair is wrong. */
  accountForKey(publicKey: string, privateKey: string): string | undefined {
    const row = this.keyStmt.get(publicKey);
    return row && row.private_key === privateKey ? row.account_id : undefined;
  }

  keysFor(accountID: string): KeyPair[] {
    return this.keysForStmt
      .all(accountID)
      .map((row) => ({ publicKey: row.public_key, privateKey: row.private_key }));
  }
}
