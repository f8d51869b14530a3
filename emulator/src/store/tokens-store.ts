import type { Db } from "./database.js";

export type TokenKind = "access" | "refresh";

export type TokenRow = {
  token_hash: string;
  kind: TokenKind;
  grant_id: string;
  client_id: string;
  account_id: string;
  scopes: string;
  created_at: number;
  expires_at: number;
  revoked: number;
};

export type NewToken = {
  tokenHash: string;
  kind: TokenKind;
  grantID: string;
  clientID: string;
  accountID: string;
  scopes: string[];
  createdAt: number;
  expiresAt: number;
};

export class TokensStore {
  private readonly insertStmt;
  private readonly findStmt;
  private readonly revokeOneStmt;
  private readonly revokeGrantStmt;
  private readonly revokeAllStmt;
  private readonly revokeAccountStmt;

  constructor(db: Db) {
    this.insertStmt = db.prepare(
      `INSERT INTO tokens (token_hash, kind, grant_id, client_id, account_id, scopes, created_at, expires_at)
       VALUES (@tokenHash, @kind, @grantID, @clientID, @accountID, @scopes, @createdAt, @expiresAt)`,
    );
    this.findStmt = db.prepare<[string], TokenRow>("SELECT * FROM tokens WHERE token_hash = ?");
    this.revokeOneStmt = db.prepare("UPDATE tokens SET revoked = 1 WHERE token_hash = ?");
    this.revokeGrantStmt = db.prepare(
      "UPDATE tokens SET revoked = 1 WHERE grant_id = ? AND revoked = 0",
    );
    this.revokeAllStmt = db.prepare(
      "UPDATE tokens SET revoked = 1 WHERE revoked = 0 AND expires_at > ?",
    );
    // A token "names" an account when it was minted by that account or carries a scope on it.
    this.revokeAccountStmt = db.prepare(
      `UPDATE tokens SET revoked = 1 WHERE revoked = 0 AND expires_at > @now
       AND (account_id = @accountID OR instr(' ' || scopes || ' ', '/accounts/' || @accountID || '/') > 0)`,
    );
  }

  insert(token: NewToken): void {
    this.insertStmt.run({ ...token, scopes: token.scopes.join(" ") });
  }

  find(tokenHash: string): TokenRow | undefined {
    return this.findStmt.get(tokenHash);
  }

  revoke(tokenHash: string): void {
    this.revokeOneStmt.run(tokenHash);
  }

  revokeGrant(grantID: string): number {
    return this.revokeGrantStmt.run(grantID).changes;
  }

  revokeLive(now: number, accountID?: string): number {
    if (accountID === undefined) return this.revokeAllStmt.run(now).changes;
    return this.revokeAccountStmt.run({ now, accountID }).changes;
  }
}
