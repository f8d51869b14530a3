import { describe, expect, it } from "vitest";
import { csvStream } from "./csv-stream";

/** Records "r1\r\n", "r2\r\n" … made on demand, counting how many were asked for. */
function counted(total: number, failAfter?: number) {
  let pulled = 0;
  let returned = false;
  async function* records(): AsyncGenerator<string> {
    try {
      for (let n = 1; n <= total; n++) {
        if (failAfter !== undefined && n > failAfter) throw new Error("Moov went away");
        pulled = n;
        yield `r${n}\r\n`;
      }
    } finally {
      returned = true;
    }
  }
  return { records: records(), pulled: () => pulled, returned: () => returned };
}

const decoder = new TextDecoder();

async function readAll(stream: ReadableStream<Uint8Array>) {
  const reader = stream.getReader();
  let text = "";
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text;
    text += decoder.decode(value);
  }
}

describe("csvStream", () => {
  it("writes the opening, then every record, then ends", async () => {
    const source = counted(3);
    const stream = csvStream({
      opening: "h\r\n",
      records: source.records,
      trailer: () => "never\r\n",
      stop: new AbortController(),
    });
    expect(await readAll(stream)).toBe("h\r\nr1\r\nr2\r\nr3\r\n");
  });

  it("takes records only as the reader asks for chunks", async () => {
    const source = counted(100_000);
    const stream = csvStream({
      opening: "",
      records: source.records,
      trailer: () => "",
      stop: new AbortController(),
      chunkSize: 40,
    });
    // Nothing is read before anyone reads.
    await new Promise((resolve) => setImmediate(resolve));
    expect(source.pulled()).toBe(0);
    const reader = stream.getReader();
    const first = await reader.read();
    // About 40 characters: r1 … r10.
    expect(decoder.decode(first.value)).toBe(
      "r1\r\nr2\r\nr3\r\nr4\r\nr5\r\nr6\r\nr7\r\nr8\r\nr9\r\nr10\r\n",
    );
    await new Promise((resolve) => setImmediate(resolve));
    expect(source.pulled()).toBe(10);
    await reader.read();
    expect(source.pulled()).toBe(18);
  });

  it("sends what is ready when a record says the next ones wait on Moov", async () => {
    async function* records(): AsyncGenerator<string> {
      yield "r1\r\n";
      yield "";
      yield "r2\r\n";
    }
    const stream = csvStream({
      opening: "h\r\n",
      records: records(),
      trailer: () => "",
      stop: new AbortController(),
    });
    const reader = stream.getReader();
    expect(decoder.decode((await reader.read()).value)).toBe("h\r\nr1\r\n");
    expect(decoder.decode((await reader.read()).value)).toBe("r2\r\n");
    expect((await reader.read()).done).toBe(true);
  });

  it("stops the records and aborts the reading when the download is cancelled", async () => {
    const source = counted(100_000);
    const stop = new AbortController();
    const stream = csvStream({
      opening: "",
      records: source.records,
      trailer: () => "",
      stop,
      chunkSize: 40,
    });
    const reader = stream.getReader();
    await reader.read();
    await reader.cancel();
    expect(stop.signal.aborted).toBe(true);
    expect(source.returned()).toBe(true);
    expect(source.pulled()).toBe(10);
  });

  it("ends a failed export with the trailer, and nothing after it", async () => {
    const source = counted(10, 3);
    const stream = csvStream({
      opening: "h\r\n",
      records: source.records,
      trailer: (error) => `# stopped: ${(error as Error).message}\r\n`,
      stop: new AbortController(),
    });
    const reader = stream.getReader();
    const first = await reader.read();
    expect(decoder.decode(first.value)).toBe(
      "h\r\nr1\r\nr2\r\nr3\r\n# stopped: Moov went away\r\n",
    );
    expect(await reader.read()).toEqual({ done: true, value: undefined });
  });
});
