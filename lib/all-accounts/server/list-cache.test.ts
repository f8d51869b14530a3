import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCipher } from "@/lib/auth/session/cipher";
import { openSqlite } from "@/lib/storage/sqlite-database";
import { hasRedisServer, startRedisServer } from "@/lib/testing/redis-server";
import { type CachedPage, type ListCache, RedisListCache, SqliteListCache } from "./list-cache";
import { withMemoryCopy } from "./memory-list-cache";

const cipher = createCipher(Buffer.alloc(32, 7).toString("base64"));
const account = "5b0f8c6e-2d1a-4c3e-9f7a-000000000002";
const other = "5b0f8c6e-2d1a-4c3e-9f7a-000000000003";
const page = (title: string, readAt = Date.now()): CachedPage => ({
  items: [
    {
      ticketID: "t-1",
      number: 1,
      title,
      contact: { email: "maya@example.com" },
      status: "new",
      createdOn: "2026-11-01T00:00:00.000Z",
      updatedOn: "2026-11-01T00:00:00.000Z",
    },
  ],
  readAt,
});
const minute = 60_000;

function cacheContract(name: string, make: () => ListCache) {
  describe(name, () => {
    it("serves what was kept, within the maximum age only", async () => {
      const cache = make();
      const generation = await cache.generation(account);
      await cache.set(account, "k", generation, page("Refund"));
      expect((await cache.get(account, "k", minute))?.items[0]?.title).toBe("Refund");
      await cache.set(account, "old", generation, page("Old", Date.now() - 2 * minute));
      expect(await cache.get(account, "old", minute)).toBeUndefined();
    });

    it("drops an account's lists on invalidate, and only that account's", async () => {
      const cache = make();
      await cache.set(account, "k", await cache.generation(account), page("Mine"));
      await cache.set(other, "k", await cache.generation(other), page("Theirs"));
      await cache.invalidate(account);
      expect(await cache.get(account, "k", minute)).toBeUndefined();
      expect((await cache.get(other, "k", minute))?.items[0]?.title).toBe("Theirs");
    });

    it("never serves a read that started before the drop (stored under the old generation)", async () => {
      const cache = make();
      const before = await cache.generation(account);
      // A webhook arrives while Moov's answer is on its way…
      await cache.invalidate(account);
      // …and the answer, older than the event, is stored afterwards.
      await cache.set(account, "k", before, page("Stale"));
      expect(await cache.get(account, "k", minute)).toBeUndefined();
      await cache.set(account, "k", await cache.generation(account), page("Fresh"));
      expect((await cache.get(account, "k", minute))?.items[0]?.title).toBe("Fresh");
    });
  });
}

cacheContract("SqliteListCache", () => new SqliteListCache(openSqlite(":memory:"), cipher));
cacheContract("SqliteListCache with its in-process copy", () =>
  withMemoryCopy(new SqliteListCache(openSqlite(":memory:"), cipher)),
);

it("the in-process copy sees a drop made through another instance at once", async () => {
  const db = openSqlite(":memory:");
  const here = withMemoryCopy(new SqliteListCache(db, cipher));
  const elsewhere = new SqliteListCache(db, cipher);
  await here.set(account, "k", await here.generation(account), page("Kept here"));
  expect((await here.get(account, "k", minute))?.items[0]?.title).toBe("Kept here");
  await elsewhere.invalidate(account);
  expect(await here.get(account, "k", minute)).toBeUndefined();
});

it("the in-process copy holds at most its bound of tickets, oldest out first", async () => {
  const shared = new SqliteListCache(openSqlite(":memory:"), cipher);
  const reads: string[] = [];
  const counting: ListCache = {
    generation: (id) => shared.generation(id),
    get: (id, key, maxAge) => {
      reads.push(key);
      return shared.get(id, key, maxAge);
    },
    set: (id, key, generation, value) => shared.set(id, key, generation, value),
    invalidate: (id) => shared.invalidate(id),
  };
  const here = withMemoryCopy(counting, 2);
  for (const key of ["a", "b", "c"]) await here.set(account, key, 0, page(key));
  expect((await here.get(account, "c", minute))?.items[0]?.title).toBe("c");
  expect((await here.get(account, "a", minute))?.items[0]?.title).toBe("a");
  // "c" came from the copy; "a" had been let go and was read from the shared cache.
  expect(reads).toEqual(["a"]);
});

it("SqliteListCache keeps customer data sealed at rest", async () => {
  const db = openSqlite(":memory:");
  const cache = new SqliteListCache(db, cipher);
  await cache.set(account, "k", 0, page("Chargeback for maya@example.com"));
  const row = db.prepare("SELECT data FROM list_cache").get() as { data: string };
  expect(row.data).not.toMatch(/Chargeback|maya@example\.com/);
});

const redis: { stop?: () => void; make?: () => ListCache } = {};
describe.skipIf(!hasRedisServer)("against a real redis-server", () => {
  beforeAll(async () => {
    const started = await startRedisServer();
    redis.stop = started.stop;
    redis.make = () => {
      // A database of its own per test: FLUSHDB keeps them apart.
      void started.client.flushdb();
      return new RedisListCache(started.client, cipher, 10 * minute);
    };
  });
  afterAll(() => redis.stop?.());
  cacheContract("RedisListCache", () => {
    if (!redis.make) throw new Error("redis did not start");
    return redis.make();
  });
});
