import { describe, expect, it } from "vitest";
import { FailureThrottle } from "./throttle";

const options = { free: 3, baseDelayMs: 1_000, maxDelayMs: 8_000, windowMs: 60_000 };

describe("FailureThrottle", () => {
  it("lets the first failures through at full speed", () => {
    const throttle = new FailureThrottle(options);
    for (let i = 0; i < 3; i++) {
      expect(throttle.delayFor("k", 0)).toBe(0);
      throttle.recordFailure("k", 0);
    }
  });

  it("doubles the delay after each further failure, up to the cap", () => {
    const throttle = new FailureThrottle(options);
    const delays: number[] = [];
    for (let i = 0; i < 8; i++) {
      throttle.recordFailure("k", 0);
      delays.push(throttle.delayFor("k", 0));
    }
    expect(delays).toEqual([0, 0, 1_000, 2_000, 4_000, 8_000, 8_000, 8_000]);
  });

  it("keeps keys apart, forgets old failures and resets on success", () => {
    const throttle = new FailureThrottle(options);
    for (let i = 0; i < 4; i++) throttle.recordFailure("a", 0);
    expect(throttle.delayFor("b", 0)).toBe(0);
    expect(throttle.delayFor("a", 0)).toBeGreaterThan(0);
    expect(throttle.delayFor("a", 60_001)).toBe(0);
    for (let i = 0; i < 4; i++) throttle.recordFailure("a", 0);
    throttle.reset("a");
    expect(throttle.delayFor("a", 0)).toBe(0);
  });
});
