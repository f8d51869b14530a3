import { describe, expect, it } from "vitest";
import { concurrencyLimit } from "./concurrency-limit";

/** A task that stays running until `finish()` is called. */
function heldTask(log: string[], name: string) {
  let finish = () => {};
  const done = new Promise<void>((resolve) => {
    finish = resolve;
  });
  return {
    run: async () => {
      log.push(`start ${name}`);
      await done;
      log.push(`end ${name}`);
      return name;
    },
    finish: () => finish(),
  };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe("concurrencyLimit", () => {
  it("runs one task at a time with one slot, the rest in arrival order", async () => {
    const limit = concurrencyLimit(1);
    const log: string[] = [];
    const [a, b, c] = ["a", "b", "c"].map((name) => heldTask(log, name));
    if (!a || !b || !c) throw new Error("tasks missing");
    const results = [limit(a.run), limit(b.run), limit(c.run)];
    await settle();
    expect(log).toEqual(["start a"]);
    a.finish();
    await settle();
    expect(log).toEqual(["start a", "end a", "start b"]);
    b.finish();
    c.finish();
    expect(await Promise.all(results)).toEqual(["a", "b", "c"]);
  });

  it("runs up to its number of slots side by side", async () => {
    const limit = concurrencyLimit(2);
    const log: string[] = [];
    const tasks = ["a", "b", "c"].map((name) => heldTask(log, name));
    const results = tasks.map((task) => limit(task.run));
    await settle();
    expect(log).toEqual(["start a", "start b"]);
    for (const task of tasks) task.finish();
    expect(await Promise.all(results)).toEqual(["a", "b", "c"]);
  });

  it("frees the slot when a task fails", async () => {
    const limit = concurrencyLimit(1);
    await expect(limit(() => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    await expect(limit(async () => "next")).resolves.toBe("next");
  });

  it("refuses a limit that could never run anything", () => {
    expect(() => concurrencyLimit(0)).toThrow(RangeError);
  });
});
