import type { Redis } from "ioredis";
import { z } from "zod";
import type { ViewStore } from "./store";
import { parseSavedView, type SavedView, type ViewQueue } from "./view";
import { newViewID } from "./view-id";

const prefix = "support-desk:";
/** One hash per person: field = view ID, value = the view and when it was saved. */
const viewsKey = (owner: string) => `${prefix}views:${owner}`;
/** Whose a view is, for its shared link. */
const ownerKey = (id: string) => `${prefix}view-owner:${id}`;
/** A person's save counter: the order views were saved in, whatever the clock did meanwhile. */
const sequenceKey = (owner: string) => `${prefix}views-saved:${owner}`;

const storedSchema = z.object({
  savedAt: z.number(),
  seq: z.number().optional(),
  view: z.unknown(),
});
type Stored = { savedAt: number; seq?: number; view: SavedView };

function read(raw: string | null | undefined): Stored | undefined {
  if (!raw) return undefined;
  try {
    const stored = storedSchema.parse(JSON.parse(raw));
    const view = parseSavedView(stored.view);
    return view ? { savedAt: stored.savedAt, seq: stored.seq, view } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Adds the view only while the person has fewer than ARGV[3]: the count and
 * the write are one step. The stored JSON object (ARGV[2]) gets the person's
 * next save number as its first field.
 */
const createScript = `if redis.call('HLEN', KEYS[1]) >= tonumber(ARGV[3]) then return 0 end
local seq = redis.call('INCR', KEYS[3])
redis.call('HSET', KEYS[1], ARGV[1], '{"seq":' .. seq .. ',' .. string.sub(ARGV[2], 2))
redis.call('SET', KEYS[2], ARGV[4])
return 1`;
/** Replaces the view only if it is still there (a rename racing a delete must not bring it back). */
const replaceScript = `if redis.call('HEXISTS', KEYS[1], ARGV[1]) == 0 then return 0 end
redis.call('HSET', KEYS[1], ARGV[1], ARGV[2]) return 1`;
/** Drops the link's owner entry only with the person's own view, never another person's. */
const removeScript = `if redis.call('HDEL', KEYS[1], ARGV[1]) == 0 then return 0 end
redis.call('DEL', KEYS[2]) return 1`;

/** Saved views in Redis (REDIS_URL), shared by every app instance; kept until deleted. */
export class RedisViewStore implements ViewStore {
  constructor(private readonly redis: Redis) {}

  async list(owner: string): Promise<SavedView[]> {
    const stored = Object.values(await this.redis.hgetall(viewsKey(owner)))
      .map(read)
      .filter((entry) => entry !== undefined);
    // A hash keeps no order; each view's save number does (views saved before there were
    // save numbers go by the time they were saved).
    return stored
      .sort((a, b) =>
        a.seq !== undefined && b.seq !== undefined ? a.seq - b.seq : a.savedAt - b.savedAt,
      )
      .map((entry) => entry.view);
  }

  async get(id: string) {
    const owner = await this.redis.get(ownerKey(id));
    if (!owner) return undefined;
    const stored = read(await this.redis.hget(viewsKey(owner), id));
    return stored ? { owner, view: stored.view } : undefined;
  }

  async create(owner: string, input: { name: string; queue: ViewQueue }, max: number) {
    const view: SavedView = { id: newViewID(), ...input };
    const stored = JSON.stringify({ savedAt: Date.now(), view });
    const done = await this.redis.eval(
      createScript,
      3,
      viewsKey(owner),
      ownerKey(view.id),
      sequenceKey(owner),
      view.id,
      stored,
      max,
      owner,
    );
    return done === 1 ? view : undefined;
  }

  async rename(owner: string, id: string, name: string) {
    const stored = read(await this.redis.hget(viewsKey(owner), id));
    if (!stored) return undefined;
    const view = { ...stored.view, name };
    const next = JSON.stringify({ savedAt: stored.savedAt, seq: stored.seq, view });
    const done = await this.redis.eval(replaceScript, 1, viewsKey(owner), id, next);
    return done === 1 ? view : undefined;
  }

  async remove(owner: string, id: string): Promise<boolean> {
    return (await this.redis.eval(removeScript, 2, viewsKey(owner), ownerKey(id), id)) === 1;
  }
}
