import { describe, expect, it, vi } from "vitest";
import { announce, latestAnnouncement, subscribeToAnnouncements } from "./announcer";

describe("announce", () => {
  it("tells every listener, and gives the same words a new id each time", () => {
    const heard = vi.fn();
    const stop = subscribeToAnnouncements(heard);
    announce("Already on all accounts");
    const first = latestAnnouncement();
    announce("Already on all accounts");
    const second = latestAnnouncement();
    expect(heard).toHaveBeenCalledTimes(2);
    expect(second?.text).toBe("Already on all accounts");
    expect(second?.id).not.toBe(first?.id);
    stop();
    announce("Going to all accounts");
    expect(heard).toHaveBeenCalledTimes(2);
  });
});
