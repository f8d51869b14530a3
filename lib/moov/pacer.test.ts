import { describe, expect, it } from "vitest";
import { createPacer, pacingKey } from "./pacer";

describe("pacer", () => {
  it("lets a burst of `rate` calls through at once, then one per 1/rate seconds", async () => {
    let clock = 0;
    const pacer = createPacer(4, () => clock);
    const started: number[] = [];
    const calls = Array.from({ length: 6 }, () =>
      pacer.acquire("acct-1").then(() => started.push(clock)),
    );
    await Promise.all(calls.slice(0, 4));
    expect(started).toEqual([0, 0, 0, 0]);
    // The fifth waits a quarter second of refill; advance the fake clock past it.
    clock = 250;
    await calls[4];
    clock = 500;
    await calls[5];
    expect(started).toEqual([0, 0, 0, 0, 250, 500]);
  });

  it("keeps a bucket per key: one account's burst does not slow another", async () => {
    const pacer = createPacer(1, () => 0);
    await pacer.acquire("a");
    let otherDone = false;
    await pacer.acquire("b").then(() => {
      otherDone = true;
    });
    expect(otherDone).toBe(true);
  });

  it("gives up waiting when the call's signal aborts", async () => {
    const pacer = createPacer(1, () => 0);
    await pacer.acquire("a");
    const controller = new AbortController();
    const waiting = pacer.acquire("a", controller.signal);
    controller.abort(new Error("budget spent"));
    await expect(waiting).rejects.toThrow("budget spent");
  });

  it("does nothing at rate 0", async () => {
    const pacer = createPacer(0, () => 0);
    await Promise.all(Array.from({ length: 100 }, () => pacer.acquire("a")));
  });

  it("keys calls by account, the token endpoint, or nothing", () => {
    expect(pacingKey("https://api.moov.io/accounts/abc/tickets?count=25")).toBe("abc");
    expect(pacingKey("https://api.moov.io/oauth2/token")).toBe("oauth2");
    expect(pacingKey("https://api.moov.io/ping")).toBeUndefined();
  });
});
