import type { Redis } from "ioredis";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { openSqlite } from "@/lib/storage/sqlite-database";
import { hasRedisServer, startRedisServer } from "@/lib/testing/redis-server";
import { RedisViewStore } from "./redis-view-store";
import { SqliteViewStore } from "./sqlite-view-store";
import type { ViewStore } from "./store";
import type { ViewQueue } from "./view";

const acct = "5b0f8c6e-2d1a-4c3e-9f7a-000000000005";
const queue: ViewQueue = {
  kind: "account",
  accountID: acct,
  filters: { status: "closed", foreignID: "order-1" },
};

/** The same contract, run against each store. */
function storeContract(name: string, make: () => ViewStore) {
  describe(name, () => {
    it("keeps a person's views in the order saved, under unguessable IDs", async () => {
      const store = make();
      const first = await store.create("ana@example.com", { name: "Closed", queue }, 50);
      const second = await store.create("ana@example.com", { name: "Second", queue }, 50);
      await store.create("bo@example.com", { name: "Bo's", queue }, 50);
      expect(first?.id).toMatch(/^[A-Za-z0-9_-]{22}$/);
      expect(first?.id).not.toBe(second?.id);
      const listed = await store.list("ana@example.com");
      expect(listed.map((view) => view.name)).toEqual(["Closed", "Second"]);
      expect(listed[0]).toEqual({ id: first?.id, name: "Closed", queue });
    });

    it("keeps the order views were saved in, even when the clock steps back", async () => {
      const store = make();
      // Within one millisecond, then a clock stepped back (as on a machine just booted).
      const clock = ["2026-12-01T00:00:01Z", "2026-12-01T00:00:01Z", "2026-12-01T00:00:00Z"];
      try {
        for (const [i, name] of ["One", "Two", "Three"].entries()) {
          vi.useFakeTimers({ toFake: ["Date"], now: new Date(clock[i] ?? "") });
          await store.create("cy@example.com", { name, queue }, 50);
        }
      } finally {
        vi.useRealTimers();
      }
      const listed = await store.list("cy@example.com");
      expect(listed.map((view) => view.name)).toEqual(["One", "Two", "Three"]);
    });

    it("finds any person's view by its ID, with its owner", async () => {
      const store = make();
      const view = await store.create("ana@example.com", { name: "Shared", queue }, 50);
      expect(await store.get(view?.id ?? "")).toEqual({ owner: "ana@example.com", view });
      expect(await store.get("AAAAAAAAAAAAAAAAAAAAAA")).toBeUndefined();
    });

    it("renames and deletes only the person's own views", async () => {
      const store = make();
      const view = await store.create("ana@example.com", { name: "Old", queue }, 50);
      const id = view?.id ?? "";
      expect(await store.rename("bo@example.com", id, "Stolen")).toBeUndefined();
      expect(await store.remove("bo@example.com", id)).toBe(false);
      expect((await store.rename("ana@example.com", id, "New"))?.name).toBe("New");
      expect((await store.get(id))?.view.name).toBe("New");
      expect(await store.remove("ana@example.com", id)).toBe(true);
      expect(await store.get(id)).toBeUndefined();
      expect(await store.list("ana@example.com")).toEqual([]);
      expect(await store.rename("ana@example.com", id, "Back")).toBeUndefined();
    });

    it("refuses a view past the limit, even when saved at once", async () => {
      const store = make();
      const saves = await Promise.all(
        Array.from({ length: 5 }, (_, index) =>
          store.create("cap@example.com", { name: `V${index}`, queue }, 3),
        ),
      );
      expect(saves.filter(Boolean)).toHaveLength(3);
      expect(await store.list("cap@example.com")).toHaveLength(3);
    });
  });
}

storeContract("SqliteViewStore", () => new SqliteViewStore(openSqlite(":memory:")));

it("SqliteViewStore skips a stored view that no longer parses", async () => {
  const db = openSqlite(":memory:");
  const store = new SqliteViewStore(db);
  const view = await store.create("ana@example.com", { name: "Fine", queue }, 50);
  db.prepare("INSERT INTO saved_views (id, owner, created_at, data) VALUES (?, ?, ?, ?)").run(
    "BBBBBBBBBBBBBBBBBBBBBB",
    "ana@example.com",
    Date.now(),
    JSON.stringify({ ...view, id: "BBBBBBBBBBBBBBBBBBBBBB", queue: { kind: "account" } }),
  );
  expect((await store.list("ana@example.com")).map((v) => v.name)).toEqual(["Fine"]);
  expect(await store.get("BBBBBBBBBBBBBBBBBBBBBB")).toBeUndefined();
});

const redis: { client?: Redis; stop?: () => void } = {};

describe.skipIf(!hasRedisServer)("against a real redis-server", () => {
  beforeAll(async () => {
    const started = await startRedisServer();
    redis.client = started.client;
    redis.stop = started.stop;
  });
  afterAll(() => redis.stop?.());
  // One server for every test: each starts from an empty one, as each SQLite test does.
  beforeEach(async () => {
    await redis.client?.flushdb();
  });

  storeContract("RedisViewStore", () => {
    if (!redis.client) throw new Error("redis did not start");
    return new RedisViewStore(redis.client);
  });
});
