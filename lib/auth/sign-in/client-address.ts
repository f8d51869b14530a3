import { isIPv6 } from "node:net";
import { peerAddressHeader } from "./peer-address";

/**
 * The address a sign-in came from, as far as this server can trust it.
 *
 * X-Forwarded-For is a list anyone can start: a client sends whatever it likes
 * and every proxy appends the address it was connected from. So only the
 * entries our own proxies appended can be believed, counted from the right.
 * With no trusted proxy (hops 0) the header is ignored entirely and the TCP
 * peer (stamped by peer-address.ts) is the client.
 */
export const unknownAddress = "unknown";

type RequestHeaders = Headers | Record<string, unknown>;

export function clientAddress(headers: RequestHeaders, trustedHops: number): string {
  const peer = normaliseAddress(header(headers, peerAddressHeader)) || unknownAddress;
  if (trustedHops <= 0) return peer;
  const forwarded = (header(headers, "x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  // The nearest trusted proxy appended the last entry; the N-th from the right was appended by the outermost one.
  const appended = forwarded.at(-trustedHops);
  if (forwarded.length < trustedHops || !appended) return peer;
  return normaliseAddress(appended) || peer;
}

/**
 * The bucket the per-address throttle counts: the address itself for IPv4, its
 * /64 network for IPv6, since one subscriber usually holds a whole /64 and
 * could otherwise take a fresh address for every guess.
 */
export function throttleBucket(address: string): string {
  if (!isIPv6(address)) return address;
  return `${expandIPv6(address).slice(0, 4).join(":")}::/64`;
}

function header(headers: RequestHeaders, name: string): string | undefined {
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const value = headers[name];
  if (typeof value === "string") return value;
  if (Array.isArray(value)) return value.filter((part) => typeof part === "string").join(", ");
  return undefined;
}

/** "::ffff:127.0.0.1" → "127.0.0.1", "[2001:db8::1]:443" → "2001:db8::1", "1.2.3.4:80" → "1.2.3.4". */
export function normaliseAddress(raw: string | undefined): string {
  let address = (raw ?? "").trim().toLowerCase();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(address);
  if (bracketed?.[1]) address = bracketed[1];
  const ipv4WithPort = /^(\d{1,3}(?:\.\d{1,3}){3}):\d+$/.exec(address);
  if (ipv4WithPort?.[1]) address = ipv4WithPort[1];
  address = address.replace(/%.*$/, "");
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/.exec(address);
  return mapped?.[1] ?? address;
}

/** The eight groups of an IPv6 address, with "::" filled in. */
function expandIPv6(address: string): string[] {
  const [head = "", tail] = address.split("::");
  const groups = (part: string | undefined) => (part ? part.split(":") : []);
  const left = groups(head);
  const right = groups(tail);
  // A trailing dotted IPv4 ("64:ff9b::192.0.2.1") fills the last two groups.
  const dotted = address.includes(".") ? 1 : 0;
  const missing = tail === undefined ? 0 : 8 - left.length - right.length - dotted;
  return [...left, ...Array<string>(missing).fill("0"), ...right].map(
    (group) => group.replace(/^0+(?=.)/, "") || "0",
  );
}
