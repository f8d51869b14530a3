import { describe, expect, it, vi } from "vitest";
import { maxStreamsPerPerson, StreamRegistry, streamRegistry } from "./stream-registry";

describe("StreamRegistry", () => {
  it("evicts a person's oldest stream when they open one more than the cap", () => {
    const registry = new StreamRegistry(2);
    const evicted: string[] = [];
    registry.register("ana", () => evicted.push("first"));
    registry.register("ana", () => evicted.push("second"));
    registry.register("bo", () => evicted.push("bo's"));
    registry.register("ana", () => evicted.push("third"));
    expect(evicted).toEqual(["first"]);
    expect(registry.countFor("ana")).toBe(2);
    expect(registry.countFor("bo")).toBe(1);
  });

  it("forgets a stream once it unregisters, and unregistering twice is harmless", () => {
    const registry = new StreamRegistry(2);
    const evict = vi.fn();
    const unregister = registry.register("ana", evict);
    unregister();
    unregister();
    expect(registry.countFor("ana")).toBe(0);
    registry.register("ana", () => {});
    registry.register("ana", () => {});
    expect(evict).not.toHaveBeenCalled();
  });

  it("still registers the new stream when evicting the old one throws", () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const registry = new StreamRegistry(1);
    registry.register("ana", () => {
      throw new Error("already gone");
    });
    registry.register("ana", () => {});
    expect(registry.countFor("ana")).toBe(1);
    vi.restoreAllMocks();
  });

  it("is one registry per process, capped at ten streams a person", () => {
    expect(streamRegistry()).toBe(streamRegistry());
    expect(streamRegistry().maxPerPerson).toBe(maxStreamsPerPerson);
    expect(maxStreamsPerPerson).toBe(10);
  });
});
