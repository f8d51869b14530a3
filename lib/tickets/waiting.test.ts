import { describe, expect, it } from "vitest";
import { latestFrom, threadEndsOf, waitingLine } from "./waiting";

const now = Date.parse("2026-05-10T12:00:00.000Z");
const hoursAgo = (hours: number) => new Date(now - hours * 3_600_000).toISOString();
const thresholds = { amberHours: 24, redHours: 72 };
const contact = { email: "ada@bluebird.example", name: "Ada Lovelace" };
const ticket = (latestMessageOn: string | undefined, createdOn = hoursAgo(400)) => ({
  latestMessageOn,
  createdOn,
  contact,
});
const fromAda = { firstAuthor: "Ada Lovelace", latestAuthor: "Ada Lovelace" };
const fromPriya = { firstAuthor: "Ada Lovelace", latestAuthor: "Priya (Moov Support)" };

describe("whose message is the latest", () => {
  it("is the business's when its author wrote the first message", () => {
    const ends = { firstAuthor: "Bluebird helpdesk", latestAuthor: "Bluebird helpdesk" };
    expect(latestFrom(ends, contact)).toBe("business");
  });

  it("is the business's when its author is the contact, by name or email, whatever the case", () => {
    const first = "Bluebird helpdesk";
    expect(latestFrom({ firstAuthor: first, latestAuthor: " ada lovelace " }, contact)).toBe(
      "business",
    );
    expect(latestFrom({ firstAuthor: first, latestAuthor: "ADA@bluebird.example" }, contact)).toBe(
      "business",
    );
  });

  it("is Moov's for any other author", () => {
    expect(latestFrom(fromPriya, contact)).toBe("moov");
    expect(latestFrom({ firstAuthor: "Ada Lovelace", latestAuthor: "Moov Support" }, contact)).toBe(
      "moov",
    );
  });

  it("is not known without the thread, and an empty contact name matches nobody", () => {
    expect(latestFrom(undefined, contact)).toBe("unknown");
    const nameless = { email: "ops@cedar.example", name: "" };
    expect(latestFrom({ firstAuthor: "Ops", latestAuthor: "" }, nameless)).toBe("moov");
  });

  it("reads the first and latest authors from a thread in order, and nothing from an empty one", () => {
    const message = (author: string) => ({ author, body: "…", sentOn: hoursAgo(1) });
    expect(threadEndsOf([message("Ada"), message("Priya"), message("Sam")])).toEqual({
      firstAuthor: "Ada",
      latestAuthor: "Sam",
    });
    expect(threadEndsOf([])).toBeUndefined();
  });
});

describe("the waiting line", () => {
  const text = (...args: Parameters<typeof waitingLine>) => waitingLine(...args).text;

  it("says how long the business has waited on Moov", () => {
    expect(text(ticket(hoursAgo(0.2)), fromAda, now, thresholds)).toBe("Waiting on Moov · 12 min");
    expect(text(ticket(hoursAgo(5.5)), fromAda, now, thresholds)).toBe("Waiting on Moov · 5 h");
    expect(text(ticket(hoursAgo(0.001)), fromAda, now, thresholds)).toBe(
      "Waiting on Moov · < 1 min",
    );
  });

  it("says when Moov replied", () => {
    expect(text(ticket(hoursAgo(2.1)), fromPriya, now, thresholds)).toBe("Moov replied 2 h ago");
    expect(text(ticket(hoursAgo(0.001)), fromPriya, now, thresholds)).toBe("Moov replied just now");
  });

  it("shows the time alone while the thread is not known", () => {
    expect(text(ticket(hoursAgo(3)), undefined, now, thresholds)).toBe("3 h ago");
  });

  it("counts hours up to two days, then days", () => {
    expect(text(ticket(hoursAgo(47.9)), fromAda, now, thresholds)).toBe(
      "Waiting on Moov · 47 h · ageing",
    );
    expect(text(ticket(hoursAgo(48)), fromAda, now, thresholds)).toBe(
      "Waiting on Moov · 2 d · ageing",
    );
  });

  it("says ageing from the amber threshold and overdue from the red one, in words", () => {
    expect(waitingLine(ticket(hoursAgo(23.9)), fromAda, now, thresholds)).toMatchObject({
      level: "ok",
      text: "Waiting on Moov · 23 h",
    });
    expect(waitingLine(ticket(hoursAgo(24)), fromAda, now, thresholds)).toMatchObject({
      level: "amber",
      text: "Waiting on Moov · 24 h · ageing",
    });
    expect(waitingLine(ticket(hoursAgo(72)), fromAda, now, thresholds)).toMatchObject({
      level: "red",
      text: "Waiting on Moov · 3 d · overdue",
    });
    expect(text(ticket(hoursAgo(100)), fromPriya, now, thresholds)).toBe(
      "Moov replied 4 d ago · overdue",
    );
    expect(text(ticket(hoursAgo(30)), undefined, now, thresholds)).toBe("30 h ago · ageing");
  });

  it("follows configured thresholds", () => {
    const strict = { amberHours: 0.5, redHours: 4 };
    expect(text(ticket(hoursAgo(1)), fromAda, now, strict)).toBe("Waiting on Moov · 1 h · ageing");
    expect(text(ticket(hoursAgo(4)), fromAda, now, strict)).toBe("Waiting on Moov · 4 h · overdue");
  });

  it("counts from the ticket's creation when it has no latest message, as the sort does", () => {
    expect(waitingLine(ticket(undefined, hoursAgo(6)), fromAda, now, thresholds)).toMatchObject({
      since: hoursAgo(6),
      text: "Waiting on Moov · 6 h",
    });
  });

  it("reads a latest message ahead of the viewer's clock as just started", () => {
    expect(text(ticket(hoursAgo(-0.5)), fromAda, now, thresholds)).toBe(
      "Waiting on Moov · < 1 min",
    );
  });
});
