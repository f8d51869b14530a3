import { describe, expect, it, vi } from "vitest";
import { type Binding, keyName, SequenceMatcher, sequenceTimeoutMs } from "./key-sequence";

const press = (key: string, extra: Partial<Parameters<typeof keyName>[0]> = {}) => ({
  key,
  shiftKey: false,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...extra,
});

describe("keyName", () => {
  it("names letters, Shift+letters and symbols as the bindings write them", () => {
    expect(keyName(press("j"))).toBe("j");
    expect(keyName(press("C", { shiftKey: true }))).toBe("Shift+C");
    expect(keyName(press("?", { shiftKey: true }))).toBe("?");
    expect(keyName(press("/"))).toBe("/");
  });

  it("leaves presses with Ctrl, Cmd or Alt to the browser", () => {
    expect(keyName(press("c", { ctrlKey: true }))).toBeNull();
    expect(keyName(press("k", { metaKey: true }))).toBeNull();
    expect(keyName(press("g", { altKey: true }))).toBeNull();
  });
});

describe("SequenceMatcher", () => {
  const bindings = (): Binding[] => [
    { keys: ["g", "a"], run: vi.fn() },
    { keys: ["g", "i"], run: vi.fn() },
    { keys: ["c"], run: vi.fn() },
  ];

  it("completes a two-key sequence within the timeout", () => {
    const matcher = new SequenceMatcher();
    const list = bindings();
    expect(matcher.press("g", list, 0)).toBe("pending");
    expect(matcher.press("i", list, 500)).toBe(list[1]);
  });

  it("starts over when the second key comes too late", () => {
    const matcher = new SequenceMatcher();
    const list = bindings();
    matcher.press("g", list, 0);
    expect(matcher.press("a", list, sequenceTimeoutMs + 1)).toBeNull();
  });

  it("lets a key that breaks a sequence stand on its own", () => {
    const matcher = new SequenceMatcher();
    const list = bindings();
    matcher.press("g", list, 0);
    expect(matcher.press("c", list, 10)).toBe(list[2]);
    // …and the "g" is gone: "a" alone is nothing.
    expect(matcher.press("a", list, 20)).toBeNull();
  });

  it("matches nothing for an unbound key", () => {
    expect(new SequenceMatcher().press("z", bindings(), 0)).toBeNull();
  });
});
