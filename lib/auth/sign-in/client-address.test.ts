import { describe, expect, it } from "vitest";
import { clientAddress, normaliseAddress, throttleBucket, unknownAddress } from "./client-address";
import { peerAddressHeader } from "./peer-address";

const fromPeer = (peer: string, forwardedFor?: string) => ({
  [peerAddressHeader]: peer,
  ...(forwardedFor === undefined ? {} : { "x-forwarded-for": forwardedFor }),
});

describe("clientAddress with no trusted proxy (hops 0)", () => {
  it("is the TCP peer, whatever X-Forwarded-For a client sends", () => {
    expect(clientAddress(fromPeer("203.0.113.7"), 0)).toBe("203.0.113.7");
    expect(clientAddress(fromPeer("203.0.113.7", "198.51.100.1"), 0)).toBe("203.0.113.7");
  });

  it("stays the same address while a client rotates X-Forwarded-For on every request", () => {
    const seen = new Set<string>();
    for (let i = 0; i < 15; i++) {
      seen.add(clientAddress(fromPeer("::ffff:127.0.0.1", `10.0.0.${i}, 192.0.2.${i}`), 0));
    }
    expect([...seen]).toEqual(["127.0.0.1"]);
  });

  it("is 'unknown' when the peer was not stamped", () => {
    expect(clientAddress({ "x-forwarded-for": "198.51.100.1" }, 0)).toBe(unknownAddress);
    expect(clientAddress(new Headers(), 0)).toBe(unknownAddress);
  });
});

describe("clientAddress behind trusted proxies", () => {
  it("takes the entry the outermost trusted proxy appended, counted from the right", () => {
    const headers = fromPeer("10.0.0.2", "6.6.6.6, 198.51.100.9, 10.0.0.1");
    expect(clientAddress(headers, 1)).toBe("10.0.0.1");
    expect(clientAddress(headers, 2)).toBe("198.51.100.9");
  });

  it("ignores what the client put in front of the trusted entries", () => {
    const rotating = ["1.1.1.1", "2.2.2.2, 3.3.3.3", "evil"].map((forged) =>
      clientAddress(fromPeer("10.0.0.2", `${forged}, 198.51.100.9`), 1),
    );
    expect(rotating).toEqual(["198.51.100.9", "198.51.100.9", "198.51.100.9"]);
  });

  it("falls back to the peer when the list is shorter than the hops", () => {
    expect(clientAddress(fromPeer("10.0.0.2", "198.51.100.9"), 2)).toBe("10.0.0.2");
    expect(clientAddress(fromPeer("10.0.0.2"), 1)).toBe("10.0.0.2");
    expect(clientAddress(fromPeer("10.0.0.2", " , "), 1)).toBe("10.0.0.2");
  });

  it("reads a Headers object and repeated headers alike", () => {
    const headers = new Headers({ [peerAddressHeader]: "10.0.0.2" });
    headers.append("x-forwarded-for", "6.6.6.6");
    headers.append("x-forwarded-for", "198.51.100.9");
    expect(clientAddress(headers, 1)).toBe("198.51.100.9");
    const record = {
      [peerAddressHeader]: "10.0.0.2",
      "x-forwarded-for": ["6.6.6.6", "198.51.100.9"],
    };
    expect(clientAddress(record, 1)).toBe("198.51.100.9");
  });
});

describe("normaliseAddress", () => {
  it("unwraps IPv4-mapped IPv6, brackets, ports and zones", () => {
    expect(normaliseAddress("::ffff:127.0.0.1")).toBe("127.0.0.1");
    expect(normaliseAddress("::FFFF:192.0.2.1")).toBe("192.0.2.1");
    expect(normaliseAddress("[2001:db8::1]:443")).toBe("2001:db8::1");
    expect(normaliseAddress("192.0.2.1:5678")).toBe("192.0.2.1");
    expect(normaliseAddress("fe80::1%eth0")).toBe("fe80::1");
    expect(normaliseAddress("  ")).toBe("");
  });
});

describe("throttleBucket", () => {
  it("keeps an IPv4 address and groups IPv6 by its /64", () => {
    expect(throttleBucket("192.0.2.1")).toBe("192.0.2.1");
    expect(throttleBucket("2001:db8:1:2::1")).toBe("2001:db8:1:2::/64");
    expect(throttleBucket("2001:db8:1:2:aaaa:bbbb:cccc:dddd")).toBe("2001:db8:1:2::/64");
    expect(throttleBucket("2001:0db8::")).toBe("2001:db8:0:0::/64");
    expect(throttleBucket("::1")).toBe("0:0:0:0::/64");
    expect(throttleBucket("1:2::4:5:6:192.0.2.1")).toBe("1:2:0:4::/64");
    expect(throttleBucket(unknownAddress)).toBe(unknownAddress);
  });
});
