import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { createServer } from "node:net";
import { Redis } from "ioredis";

/** A throwaway redis-server for tests of the Redis backends; they are skipped where none is installed. */
export const redisBinary = process.env.REDIS_SERVER ?? "/usr/bin/redis-server";
export const hasRedisServer = existsSync(redisBinary);

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(),
      );
    });
  });
}

export async function startRedisServer(): Promise<{ client: Redis; stop: () => void }> {
  const port = await freePort();
  const child = spawn(
    redisBinary,
    ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
    { stdio: "ignore" },
  );
  const client = new Redis(port, "127.0.0.1", {
    retryStrategy: (times) => (times > 50 ? null : 50),
  });
  // Refused connections until the server listens are expected; ping waits for it.
  client.on("error", () => {});
  await client.ping();
  return {
    client,
    stop: () => {
      client.disconnect();
      child.kill();
    },
  };
}
