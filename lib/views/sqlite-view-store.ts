import type { SqliteDatabase } from "@/lib/storage/sqlite-database";
import type { ViewStore } from "./store";
import { parseSavedView, type SavedView, type ViewQueue } from "./view";
import { newViewID } from "./view-id";

type Row = { owner: string; data: string };

const read = (data: string) => {
  try {
    return parseSavedView(JSON.parse(data));
  } catch {
    return undefined;
  }
};

/** Saved views in the app's SQLite database (DATA_DB_PATH), one row per view. */
export class SqliteViewStore implements ViewStore {
  private readonly byOwner;
  private readonly byID;
  private readonly count;
  private readonly insert;
  private readonly update;
  private readonly remove_;

  constructor(private readonly db: SqliteDatabase) {
    db.exec(`
      CREATE TABLE IF NOT EXISTS saved_views (
        id TEXT PRIMARY KEY,
        owner TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        data TEXT NOT NULL
      );
      CREATE INDEX IF NOT EXISTS saved_views_by_owner ON saved_views (owner, created_at);
    `);
    // Insertion order (rowid), not the clock's: a clock stepped back must not reorder views.
    this.byOwner = db.prepare<[string], Row>(
      "SELECT owner, data FROM saved_views WHERE owner = ? ORDER BY rowid",
    );
    this.byID = db.prepare<[string], Row>("SELECT owner, data FROM saved_views WHERE id = ?");
    this.count = db.prepare<[string], { n: number }>(
      "SELECT count(*) AS n FROM saved_views WHERE owner = ?",
    );
    this.insert = db.prepare<[string, string, number, string]>(
      "INSERT INTO saved_views (id, owner, created_at, data) VALUES (?, ?, ?, ?)",
    );
    this.update = db.prepare<[string, string, string]>(
      "UPDATE saved_views SET data = ? WHERE id = ? AND owner = ?",
    );
    this.remove_ = db.prepare<[string, string]>(
      "DELETE FROM saved_views WHERE id = ? AND owner = ?",
    );
  }

  async list(owner: string): Promise<SavedView[]> {
    return this.byOwner
      .all(owner)
      .map((row) => read(row.data))
      .filter((view) => view !== undefined);
  }

  async get(id: string) {
    const row = this.byID.get(id);
    const view = row && read(row.data);
    return row && view ? { owner: row.owner, view } : undefined;
  }

  async create(owner: string, input: { name: string; queue: ViewQueue }, max: number) {
    // One IMMEDIATE transaction: two saves at once cannot both pass the limit.
    return this.db
      .transaction((): SavedView | undefined => {
        if ((this.count.get(owner)?.n ?? 0) >= max) return undefined;
        const view: SavedView = { id: newViewID(), ...input };
        this.insert.run(view.id, owner, Date.now(), JSON.stringify(view));
        return view;
      })
      .immediate();
  }

  async rename(owner: string, id: string, name: string) {
    return this.db
      .transaction((): SavedView | undefined => {
        const row = this.byID.get(id);
        const view = row?.owner === owner ? read(row.data) : undefined;
        if (!view) return undefined;
        const renamed = { ...view, name };
        this.update.run(JSON.stringify(renamed), id, owner);
        return renamed;
      })
      .immediate();
  }

  async remove(owner: string, id: string): Promise<boolean> {
    return this.remove_.run(id, owner).changes === 1;
  }
}
