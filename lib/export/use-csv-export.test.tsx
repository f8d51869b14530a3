// @vitest-environment happy-dom
import { act, cleanup, renderHook, waitFor } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { useCsvExport } from "./use-csv-export";

/**
 * The browser's download against a server stream the test writes piece by
 * piece: the progress moves as rows arrive, a complete file is saved once
 * (with the server's file name), and a file that stopped early or broke
 * off is never saved.
 */
const encoder = new TextEncoder();
const header = "\uFEFFAccount,Title\r\n";

function serverStream() {
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  const body = new ReadableStream<Uint8Array>({
    start(c) {
      controller = c;
    },
  });
  return {
    body,
    write: (text: string) => controller.enqueue(encoder.encode(text)),
    end: () => controller.close(),
    break: () => controller.error(new TypeError("network error")),
  };
}

const saved: Array<{ filename: string; text: Promise<string> }> = [];

beforeEach(() => {
  saved.length = 0;
  vi.spyOn(URL, "createObjectURL").mockImplementation((blob) => {
    saved.push({ filename: "", text: (blob as Blob).text() });
    return "blob:export";
  });
  vi.spyOn(URL, "revokeObjectURL").mockImplementation(() => undefined);
  vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    const last = saved.at(-1);
    if (last) last.filename = this.download;
  });
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

/** fetch answers `response`; aborting it breaks the body off, as a browser does. */
function answering(response: Response, onAbort?: () => void) {
  const fetch = vi.fn(async (_url: string, init?: RequestInit) => {
    init?.signal?.addEventListener("abort", () => onAbort?.());
    return response;
  });
  vi.stubGlobal("fetch", fetch);
  return fetch;
}

const csvAnswer = (body: ReadableStream<Uint8Array>) =>
  new Response(body, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": 'attachment; filename="tickets-atlas-outfitters-all-2026-05-01.csv"',
    },
  });

describe("useCsvExport", () => {
  it("counts rows as they arrive, then saves the whole file under the server's name", async () => {
    const server = serverStream();
    const fetch = answering(csvAnswer(server.body));
    const { result } = renderHook(() => useCsvExport());
    act(() => void result.current.start("/api/tickets/export?status=all"));
    expect(result.current.state).toEqual({ phase: "running", rows: 0 });
    expect(fetch).toHaveBeenCalledWith("/api/tickets/export?status=all", expect.anything());

    await act(async () => server.write(`${header}Atlas,"one, with ""quotes""\r\nand a line"\r\n`));
    await waitFor(() => expect(result.current.state).toEqual({ phase: "running", rows: 1 }));
    await act(async () => server.write("Atlas,two\r\nAtlas,thr"));
    await waitFor(() => expect(result.current.state).toEqual({ phase: "running", rows: 2 }));
    expect(saved).toHaveLength(0);

    await act(async () => {
      server.write("ee\r\n");
      server.end();
    });
    await waitFor(() =>
      expect(result.current.state).toEqual({
        phase: "done",
        rows: 3,
        filename: "tickets-atlas-outfitters-all-2026-05-01.csv",
      }),
    );
    expect(saved.map((file) => file.filename)).toEqual([
      "tickets-atlas-outfitters-all-2026-05-01.csv",
    ]);
    expect(await saved[0]?.text).toBe(
      `${header}Atlas,"one, with ""quotes""\r\nand a line"\r\nAtlas,two\r\nAtlas,three\r\n`,
    );
  });

  it("reports a file that says it stopped early, with Moov's request ID, and saves nothing", async () => {
    const server = serverStream();
    answering(csvAnswer(server.body));
    const { result } = renderHook(() => useCsvExport());
    act(() => void result.current.start("/export"));
    await act(async () => {
      server.write(`${header}Atlas,one\r\nAtlas,two\r\n`);
      server.write('# Export incomplete,unavailable,"Moov is down, sorry.",req-503\r\n');
    });
    // The trailer is a record too until the end shows what it is.
    await waitFor(() => expect(result.current.state).toEqual({ phase: "running", rows: 3 }));
    await act(async () => server.end());
    await waitFor(() =>
      expect(result.current.state).toEqual({
        phase: "failed",
        rows: 2,
        error: {
          status: 200,
          code: "unavailable",
          message: "Moov is down, sorry.",
          requestId: "req-503",
        },
      }),
    );
    expect(saved).toHaveLength(0);
  });

  it("reports a download that broke off with no word why, and saves nothing", async () => {
    const server = serverStream();
    answering(csvAnswer(server.body));
    const { result } = renderHook(() => useCsvExport());
    act(() => void result.current.start("/export"));
    await act(async () => server.write(`${header}Atlas,one\r\n`));
    await waitFor(() => expect(result.current.state).toEqual({ phase: "running", rows: 1 }));
    await act(async () => server.break());
    await waitFor(() => expect(result.current.state.phase).toBe("failed"));
    expect(result.current.state).toMatchObject({ rows: 1, error: { code: "offline" } });
    expect(saved).toHaveLength(0);
  });

  it("shows a refusal before the file (403) with its request ID", async () => {
    answering(
      new Response(
        JSON.stringify({ code: "forbidden", message: "No access.", requestId: "req-403" }),
        { status: 403, headers: { "content-type": "application/json" } },
      ),
    );
    const { result } = renderHook(() => useCsvExport());
    await act(async () => result.current.start("/export"));
    expect(result.current.state).toEqual({
      phase: "failed",
      rows: 0,
      error: { status: 403, code: "forbidden", message: "No access.", requestId: "req-403" },
    });
  });

  it("cancels: the download stops and nothing is saved", async () => {
    const server = serverStream();
    answering(csvAnswer(server.body), server.break);
    const { result } = renderHook(() => useCsvExport());
    act(() => void result.current.start("/export"));
    await act(async () => server.write(`${header}Atlas,one\r\n`));
    await waitFor(() => expect(result.current.state).toEqual({ phase: "running", rows: 1 }));
    act(() => result.current.cancel());
    await waitFor(() => expect(result.current.state).toEqual({ phase: "cancelled", rows: 1 }));
    expect(saved).toHaveLength(0);
  });
});
