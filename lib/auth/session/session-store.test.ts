import type { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openSqlite } from "@/lib/storage/sqlite-database";
import { hasRedisServer, startRedisServer } from "@/lib/testing/redis-server";
import { createCipher, SealError } from "./cipher";
import type { SessionRecord } from "./record";
import { RedisSessionStore } from "./redis-session-store";
import { SqliteSessionStore } from "./sqlite-session-store";
import type { SessionStore } from "./store";

const key = Buffer.alloc(32, 7).toString("base64");
const cipher = createCipher(key);
const now = () => Math.floor(Date.now() / 1000);

function record(id: string, email = "ana@example.com"): SessionRecord {
  return {
    id,
    email,
    name: "Ana",
    kind: "account",
    acct: "acct-1",
    toks: [
      {
        id: "acct-1",
        t: { a: "access-secret", r: "refresh-secret", e: now() + 60, o: now(), s: "x" },
      },
    ],
    createdAt: now(),
    seenAt: now(),
    person: "fp",
  };
}

describe("the session cipher", () => {
  it("round-trips and hides the plaintext", () => {
    const sealed = cipher.seal('{"token":"access-secret"}', "sid-1");
    expect(sealed).not.toContain("access-secret");
    expect(cipher.open(sealed, "sid-1")).toBe('{"token":"access-secret"}');
  });

  it("refuses a tampered value, another session's value and another key", () => {
    const sealed = cipher.seal("hello", "sid-1");
    const body = Buffer.from(sealed.slice(3), "base64url");
    body[body.length - 1] = (body[body.length - 1] ?? 0) ^ 1;
    expect(() => cipher.open(`v1.${body.toString("base64url")}`, "sid-1")).toThrow(SealError);
    expect(() => cipher.open(sealed, "sid-2")).toThrow(SealError);
    expect(() =>
      createCipher(Buffer.alloc(32, 8).toString("base64")).open(sealed, "sid-1"),
    ).toThrow(SealError);
  });
});

/** The same contract, run against each store. */
function storeContract(name: string, make: () => SessionStore) {
  describe(name, () => {
    it("keeps, updates and finds records by person", async () => {
      const store = make();
      await store.put(record("s1"), now() + 60);
      await store.put(record("s2"), now() + 60);
      await store.put(record("s3", "bo@example.com"), now() + 60);
      expect((await store.get("s1"))?.toks[0]?.t.a).toBe("access-secret");
      const { before, after } = await store.update("s1", (r) => ({ ...r, acct: "acct-2" }));
      expect(before?.acct).toBe("acct-1");
      expect(after?.acct).toBe("acct-2");
      expect((await store.get("s1"))?.acct).toBe("acct-2");
      expect((await store.idsFor("ana@example.com")).sort()).toEqual(["s1", "s2"]);
      expect(await store.update("missing", (r) => r)).toEqual({});
    });

    it("loses no change when many run at once", async () => {
      const store = make();
      await store.put({ ...record("race"), toks: [] }, now() + 60);
      await Promise.all(
        Array.from({ length: 20 }, (_, index) =>
          store.update("race", (r) => ({
            ...r,
            toks: [...r.toks, { id: `a${index}`, t: { a: "a", r: "r", e: 1, o: 1, s: "" } }],
          })),
        ),
      );
      expect((await store.get("race"))?.toks).toHaveLength(20);
    });

    it("forgets a record at its expiry", async () => {
      const store = make();
      await store.put(record("old"), now() - 1);
      expect(await store.get("old")).toBeUndefined();
    });

    it("gives a lock to one holder at a time, until released or its lease ends", async () => {
      const store = make();
      const first = await store.tryLock("refresh:s1", 10_000);
      expect(first).toBeDefined();
      expect(await store.tryLock("refresh:s1", 10_000)).toBeUndefined();
      await first?.();
      const second = await store.tryLock("refresh:s1", 50);
      expect(second).toBeDefined();
      await new Promise((resolve) => setTimeout(resolve, 80));
      const third = await store.tryLock("refresh:s1", 10_000);
      expect(third).toBeDefined();
      // The expired holder's release must not free the new holder's lock.
      await second?.();
      expect(await store.tryLock("refresh:s1", 10_000)).toBeUndefined();
    });
  });
}

storeContract("SqliteSessionStore", () => new SqliteSessionStore(openSqlite(":memory:"), cipher));

it("SqliteSessionStore keeps only sealed data at rest", async () => {
  const db = openSqlite(":memory:");
  await new SqliteSessionStore(db, cipher).put(record("s1"), now() + 60);
  const row = db.prepare("SELECT data FROM sessions").get() as { data: string };
  expect(row.data).not.toMatch(/access-secret|refresh-secret/);
});

const redis: { client?: Redis; stop?: () => void } = {};

describe.skipIf(!hasRedisServer)("against a real redis-server", () => {
  beforeAll(async () => {
    const started = await startRedisServer();
    redis.client = started.client;
    redis.stop = started.stop;
  });
  afterAll(() => redis.stop?.());

  storeContract("RedisSessionStore", () => {
    if (!redis.client) throw new Error("redis did not start");
    return new RedisSessionStore(redis.client, cipher);
  });

  it("RedisSessionStore keeps only sealed data at rest", async () => {
    if (!redis.client) throw new Error("redis did not start");
    await new RedisSessionStore(redis.client, cipher).put(record("sealed"), now() + 60);
    const raw = await redis.client.get("support-desk:session:sealed");
    expect(raw).not.toMatch(/access-secret|refresh-secret/);
  });
});
