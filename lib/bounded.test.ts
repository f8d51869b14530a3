import { describe, expect, it } from "vitest";
import { forEachBounded, setNewest } from "@/lib/bounded";

/** A promise each test resolves by hand, so nothing depends on timing. */
function gate() {
  let open = () => {};
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { opened, open };
}

describe("forEachBounded", () => {
  it("never runs more than the limit at once, and runs every item", async () => {
    const gates = Array.from({ length: 10 }, gate);
    let running = 0;
    let most = 0;
    const done: number[] = [];
    const all = forEachBounded(
      gates.map((_, index) => index),
      3,
      async (index) => {
        running++;
        most = Math.max(most, running);
        await gates[index]?.opened;
        running--;
        done.push(index);
      },
    );
    // Let the first three start, then release items one by one in reverse.
    await Promise.resolve();
    expect(running).toBe(3);
    for (const g of [...gates].reverse()) g.open();
    await all;
    expect(most).toBe(3);
    expect(done.sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it("starts nothing new once the signal aborts", async () => {
    const controller = new AbortController();
    const started: number[] = [];
    await forEachBounded(
      [0, 1, 2, 3, 4],
      1,
      async (index) => {
        started.push(index);
        if (index === 1) controller.abort();
      },
      controller.signal,
    );
    expect(started).toEqual([0, 1]);
  });
});

describe("setNewest", () => {
  it("keeps the most recently set entries, at most the limit, a re-set key counting as new", () => {
    const map = new Map<string, number>();
    for (const [key, value] of [
      ["a", 1],
      ["b", 2],
      ["c", 3],
    ] as const)
      setNewest(map, key, value, 3);
    setNewest(map, "a", 10, 3);
    setNewest(map, "d", 4, 3);
    expect([...map.entries()]).toEqual([
      ["c", 3],
      ["a", 10],
      ["d", 4],
    ]);
  });
});
