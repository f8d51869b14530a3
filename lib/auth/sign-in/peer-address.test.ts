import { EventEmitter } from "node:events";
import http from "node:http";
import https from "node:https";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { peerAddressHeader, stampPeerAddress } from "./peer-address";

/** Starts a server that answers with the headers its handler saw. */
async function echoServer(): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer((request, response) => {
    response.setHeader("content-type", "application/json");
    response.end(JSON.stringify(request.headers));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

describe("stampPeerAddress", () => {
  let server: Awaited<ReturnType<typeof echoServer>>;

  beforeAll(async () => {
    stampPeerAddress();
    server = await echoServer();
  });
  afterAll(() => server.close());

  it("hooks http and https servers once, however often it is called", () => {
    const hooked = http.Server.prototype.emit;
    stampPeerAddress();
    expect(http.Server.prototype.emit).toBe(hooked);
    expect(hooked).not.toBe(EventEmitter.prototype.emit);
    expect(https.Server.prototype.emit).not.toBe(EventEmitter.prototype.emit);
  });

  it("gives the handler the socket's address, not the one a client claims", async () => {
    const response = await fetch(server.url, {
      headers: { [peerAddressHeader]: "203.0.113.66", "x-forwarded-for": "198.51.100.1" },
    });
    const seen = (await response.json()) as Record<string, string>;
    expect(seen[peerAddressHeader]).toBe("127.0.0.1");
    expect(seen["x-forwarded-for"]).toBe("198.51.100.1");
  });

  it("stamps a request that sent no header of its own", async () => {
    const seen = (await (await fetch(server.url)).json()) as Record<string, string>;
    expect(seen[peerAddressHeader]).toBe("127.0.0.1");
  });
});
