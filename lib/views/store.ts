import type { SavedView, ViewQueue } from "./view";

/**
 * Where saved views live, per person (the session's email): SQLite by
 * default, Redis when REDIS_URL is set, like the sessions. Anything read back
 * is parsed (view.ts); a stored view that no longer parses is skipped, never
 * handed on.
 */
export interface ViewStore {
  /** The person's views, oldest first. */
  list(owner: string): Promise<SavedView[]>;
  /** Any person's view, by its ID (a shared link). */
  get(id: string): Promise<{ owner: string; view: SavedView } | undefined>;
  /** Undefined when the person already has `max` views. */
  create(
    owner: string,
    view: { name: string; queue: ViewQueue },
    max: number,
  ): Promise<SavedView | undefined>;
  /** Undefined when the person has no view with this ID. */
  rename(owner: string, id: string, name: string): Promise<SavedView | undefined>;
  /** Whether the person had a view with this ID. */
  remove(owner: string, id: string): Promise<boolean>;
}
