import { describe, expect, it } from "vitest";
import {
  compareByStatus,
  matchesFilter,
  metaFor,
  statusFilterLabel,
  statusFilters,
  statusMeta,
  ticketStatuses,
  upstreamStatus,
} from "./status";

describe("status map", () => {
  it("describes every Moov status with a label, an icon, its own variant and a distinct weight", () => {
    for (const status of ticketStatuses) {
      const meta = statusMeta[status];
      expect(meta.label).not.toBe("");
      expect(meta.icon).toBeTruthy();
      expect(meta.variant).toBe(status);
    }
    const weights = ticketStatuses.map((status) => statusMeta[status].sortWeight);
    expect(new Set(weights).size).toBe(ticketStatuses.length);
  });

  it("labels are distinct, so a badge reads without its colour", () => {
    const labels = ticketStatuses.map((status) => statusMeta[status].label);
    expect(new Set(labels).size).toBe(labels.length);
  });

  it("sorts what needs an agent first and closed last", () => {
    expect([...ticketStatuses].reverse().sort(compareByStatus)).toEqual([
      "new",
      "in-progress",
      "on-hold",
      "closed",
    ]);
  });

  it("renders a status it does not know under its own name, after the known ones", () => {
    const meta = metaFor("escalated");
    expect(meta.label).toBe("escalated");
    expect(meta.variant).toBe("unknown");
    expect(compareByStatus("escalated", "closed")).toBeGreaterThan(0);
  });
});

describe("status filter", () => {
  it("offers open, all and every status, each with a label", () => {
    expect(statusFilters).toEqual(["open", "all", "new", "in-progress", "on-hold", "closed"]);
    for (const filter of statusFilters) expect(statusFilterLabel[filter]).not.toBe("");
  });

  it("open means everything but closed", () => {
    expect(ticketStatuses.filter((status) => matchesFilter(status, "open"))).toEqual([
      "new",
      "in-progress",
      "on-hold",
    ]);
    expect(ticketStatuses.every((status) => matchesFilter(status, "all"))).toBe(true);
    expect(matchesFilter("on-hold", "on-hold")).toBe(true);
    expect(matchesFilter("new", "closed")).toBe(false);
  });

  it("asks Moov for a single status and filters open and all itself", () => {
    expect(upstreamStatus("closed")).toBe("closed");
    expect(upstreamStatus("open")).toBeUndefined();
    expect(upstreamStatus("all")).toBeUndefined();
  });
});
