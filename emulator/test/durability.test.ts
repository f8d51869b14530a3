import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import type { RunningEmulator } from "../src/server.js";
import { basicMoov, harborID, startTestEmulator } from "./helpers.js";

// Node itself with tsx's loader, not the tsx wrapper: SIGKILL must hit the server, and the
// wrapper would die alone and orphan it.
const mainThread = path.resolve("emulator/src/main.ts");
const tempDir = mkdtempSync(path.join(tmpdir(), "emulator-durability-"));
const children: ChildProcess[] = [];

afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill("SIGKILL");
});
afterAll(() => rmSync(tempDir, { recursive: true, force: true }));

/** Starts `emulator/src/main.ts` as a real process and resolves with its URL once it listens. */
function spawnEmulator(db: string): Promise<{ child: ChildProcess; url: string; line: string }> {
  const child = spawn(
    process.execPath,
    [
      "--import",
      "tsx",
      mainThread,
      "--port",
      "0",
      "--db",
      db,
      "--seed",
      "demo",
      "--rate-limit",
      "0",
    ],
    {
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  children.push(child);
  return new Promise((resolve, reject) => {
    let output = "";
    const timer = setTimeout(() => reject(new Error(`no listening line: ${output}`)), 15_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const url = output.match(/listening on (http:\/\/127\.0\.0\.1:\d+)/)?.[1];
      if (url) {
        clearTimeout(timer);
        resolve({ child, url, line: output.trim() });
      }
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.once("exit", (code) => reject(new Error(`exited ${code}: ${output}`)));
  });
}

function exited(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve(child.exitCode);
    else child.once("exit", (code) => resolve(code));
  });
}

describe("durability", () => {
  it("keeps a committed write across kill -9 and does not reseed a store with data", async () => {
    const db = path.join(tempDir, "nested", "emulator.sqlite");
    const first = await spawnEmulator(db);
    const sdk = basicMoov(first.url, harborID.keys);
    const { result: created } = await sdk.support.createTicket({
      accountID: harborID.accountID,
      createTicket: {
        title: "survives kill -9",
        body: "still here?",
        contact: { email: "a@b.example" },
      },
    });
    await sdk.support.updateTicket({
      accountID: harborID.accountID,
      ticketID: created.ticketID,
      updateTicket: { status: "closed" },
    });
    first.child.kill("SIGKILL");
    await exited(first.child);

    expect(first.line).toContain("seed demo");
    const second = await spawnEmulator(db);
    expect(second.line).toContain("existing data kept");
    const again = basicMoov(second.url, harborID.keys);
    const { result } = await again.support.getTicket({
      accountID: harborID.accountID,
      ticketID: created.ticketID,
    });
    expect(result.title).toBe("survives kill -9");
    expect(result.status).toBe("closed");
    const messages = await again.support.listTicketMessages({
      accountID: harborID.accountID,
      ticketID: created.ticketID,
    });
    expect(messages.result.map((message) => message.body)).toEqual(["still here?"]);
    second.child.kill("SIGTERM");
    expect(await exited(second.child)).toBe(0);
  });
});

describe("paging while tickets are created", () => {
  let emulator: RunningEmulator | undefined;
  afterAll(() => emulator?.close());

  it("never skips or repeats a ticket", async () => {
    emulator = await startTestEmulator();
    const sdk = basicMoov(emulator.url, harborID.keys);
    const accountID = harborID.accountID;
    const before = await sdk.support.listTickets({ accountID, count: 1000 });
    const existing = before.result.items.map((ticket) => ticket.ticketID);

    let creating = true;
    const writer = (async () => {
      let n = 0;
      while (creating) {
        await sdk.support.createTicket({
          accountID,
          createTicket: {
            title: `concurrent ${n++}`,
            body: "b",
            contact: { email: "w@b.example" },
          },
        });
      }
      return n;
    })();

    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await sdk.support.listTickets({ accountID, count: 3, cursor });
      seen.push(...page.result.items.map((ticket) => ticket.ticketID));
      cursor = page.result.nextPage?.cursor;
      await new Promise((resolve) => setTimeout(resolve, 2));
    } while (cursor);
    creating = false;
    const created = await writer;

    expect(created).toBeGreaterThan(0);
    expect(new Set(seen).size).toBe(seen.length);
    // Every ticket that existed when paging began is on some page.
    for (const ticketID of existing) expect(seen).toContain(ticketID);
  });
});
