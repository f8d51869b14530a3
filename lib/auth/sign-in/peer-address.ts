import http from "node:http";
import https from "node:https";

/**
 * Next gives route handlers no way to reach the socket, and `next start` only
 * fills X-Forwarded-For with the peer when the client sent none (`??=` in
 * base-server.js), so a client that sends its own header hides its real
 * address. Stamping the socket's address into a header of our own before Next
 * sees the request is the one place the peer is still known. A client-sent
 * header of the same name is overwritten (or dropped when the peer is unknown),
 * so the value can be trusted.
 */
export const peerAddressHeader = "x-support-desk-peer";

const stamped = Symbol.for("support-desk.peer-address-stamped");

type Emit = (this: http.Server, event: string | symbol, ...args: unknown[]) => boolean;

/** Once per process (instrumentation.ts); later calls do nothing. */
export function stampPeerAddress(): void {
  const registry = globalThis as { [stamped]?: true };
  if (registry[stamped]) return;
  registry[stamped] = true;
  // https.Server does not inherit from http.Server (it extends tls.Server), so both need the hook.
  for (const prototype of [http.Server.prototype, https.Server.prototype]) {
    const emit = prototype.emit as Emit;
    const stampingEmit: Emit = function (event, ...args) {
      if (event === "request") stampRequest(args[0]);
      return Reflect.apply(emit, this, [event, ...args]);
    };
    prototype.emit = stampingEmit as typeof prototype.emit;
  }
}

function stampRequest(request: unknown): void {
  if (!(request instanceof http.IncomingMessage)) return;
  const address = request.socket?.remoteAddress;
  if (address) request.headers[peerAddressHeader] = address;
  else delete request.headers[peerAddressHeader];
}
