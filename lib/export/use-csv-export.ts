"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { z } from "zod/mini";
import { errorMessages, exportConnectionLost } from "@/lib/errors/messages";
import { type UserError, userErrorSchema } from "@/lib/errors/user-error";
import { incompleteNoteOf } from "./contract";
import { CsvRecordCounter, recordFields } from "./record-counter";

/**
 * The browser's side of the export: fetch the file, count its rows as they
 * arrive (the progress), and save it only once it is complete. A file whose
 * last line says it stopped early, or whose download broke off, is never
 * saved: the person is told why, with Moov's request ID.
 *
 * The browser holds the file until it is saved (a Blob, about 200 bytes a
 * ticket: ~2 MB for 10,000). That is one person's file on their own machine;
 * the server, which serves everyone at once, never holds the list. A plain
 * link would stream straight to disk but could show no progress, no cancel
 * and no reason for a failure; writing to disk as it comes needs the File
 * System Access API, which only Chromium has.
 */
export type ExportState =
  | { phase: "idle" }
  | { phase: "running"; rows: number }
  | { phase: "done"; rows: number; filename: string }
  | { phase: "cancelled"; rows: number }
  | { phase: "failed"; rows: number; error: UserError };

const fallbackFilename = "tickets.csv";
const filenamePattern = /filename="([^"]+)"/;

async function refusal(response: Response): Promise<UserError> {
  const requestId = response.headers.get("x-request-id") ?? undefined;
  const parsed = userErrorSchema.safeParse(await response.json().catch(() => undefined));
  return parsed.success
    ? { ...parsed.data, status: response.status, requestId: parsed.data.requestId ?? requestId }
    : { status: response.status, code: "unexpected", message: errorMessages.unexpected, requestId };
}

/** Hands the finished file to the browser's downloads; the URL is revoked on the next export. */
function save(parts: BlobPart[], filename: string): string {
  const url = URL.createObjectURL(new Blob(parts, { type: "text/csv;charset=utf-8" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  return url;
}

const filenameSchema = z.string().check(z.regex(/^[A-Za-z0-9._-]+$/));

export function useCsvExport() {
  const [state, setState] = useState<ExportState>({ phase: "idle" });
  const running = useRef<AbortController | null>(null);
  const savedURL = useRef<string | null>(null);

  const forgetFile = useCallback(() => {
    if (savedURL.current) URL.revokeObjectURL(savedURL.current);
    savedURL.current = null;
  }, []);

  useEffect(
    () => () => {
      running.current?.abort();
      forgetFile();
    },
    [forgetFile],
  );

  const start = useCallback(
    async (url: string) => {
      if (running.current) return;
      forgetFile();
      const controller = new AbortController();
      running.current = controller;
      setState({ phase: "running", rows: 0 });
      const finish = (next: ExportState) => {
        running.current = null;
        setState(next);
      };

      let response: Response;
      try {
        response = await fetch(url, {
          headers: { accept: "text/csv" },
          cache: "no-store",
          signal: controller.signal,
        });
      } catch {
        if (controller.signal.aborted) return finish({ phase: "cancelled", rows: 0 });
        return finish({
          phase: "failed",
          rows: 0,
          error: { status: 0, code: "offline", message: errorMessages.offline },
        });
      }
      if (!response.ok || !response.body) {
        return finish({ phase: "failed", rows: 0, error: await refusal(response) });
      }
      const named = filenameSchema.safeParse(
        response.headers.get("content-disposition")?.match(filenamePattern)?.[1],
      );
      const filename = named.success ? named.data : fallbackFilename;

      const reader = response.body.getReader();
      const decoder = new TextDecoder();
      const counter = new CsvRecordCounter();
      const parts: Uint8Array<ArrayBuffer>[] = [];
      // The header row is a record, not a ticket.
      const rows = () => Math.max(0, counter.records - 1);
      let broken = false;
      try {
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          parts.push(value);
          counter.push(decoder.decode(value, { stream: true }));
          setState({ phase: "running", rows: rows() });
        }
      } catch {
        broken = true;
      }
      if (controller.signal.aborted) return finish({ phase: "cancelled", rows: rows() });
      const note = incompleteNoteOf(recordFields(counter.lastRecord()));
      if (note) {
        return finish({ phase: "failed", rows: rows() - 1, error: { status: 200, ...note } });
      }
      if (broken) {
        return finish({
          phase: "failed",
          rows: rows(),
          error: { status: 0, code: "offline", message: exportConnectionLost },
        });
      }
      savedURL.current = save(parts, filename);
      finish({ phase: "done", rows: rows(), filename });
    },
    [forgetFile],
  );

  const cancel = useCallback(() => running.current?.abort(), []);

  return { state, start, cancel };
}
