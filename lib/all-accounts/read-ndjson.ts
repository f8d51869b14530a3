import type { z } from "zod/mini";
import { errorMessages, unreadableAppAnswer } from "@/lib/errors/messages";
import { UserFacingError, userErrorSchema } from "@/lib/errors/user-error";

/**
 * Reads one of the app's NDJSON streams (GET /api/tickets, /api/accounts/summary)
 * in the browser, line by line as the server writes them. A refusal before
 * the stream (401, 403, 400) or a lost connection throws a UserFacingError,
 * like the other reads (lib/tickets/browser-fetcher.ts); a line that does not
 * parse ends the read with "unexpected" rather than showing half-understood data.
 */
export async function* readNdjson<Line>(
  url: string,
  schema: z.ZodMiniType<Line>,
  signal?: AbortSignal,
): AsyncGenerator<Line> {
  let response: Response;
  try {
    response = await fetch(url, {
      headers: { accept: "application/x-ndjson" },
      cache: "no-store",
      signal,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new UserFacingError({ status: 0, code: "offline", message: errorMessages.offline });
  }
  const requestId = response.headers.get("x-request-id") ?? undefined;
  if (!response.ok || !response.body) {
    const body: unknown = await response.json().catch(() => undefined);
    const parsed = userErrorSchema.safeParse(body);
    throw new UserFacingError(
      parsed.success
        ? { ...parsed.data, status: response.status, requestId: parsed.data.requestId ?? requestId }
        : {
            status: response.status,
            code: "unexpected",
            message: errorMessages.unexpected,
            requestId,
          },
    );
  }
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffered = "";
  const parse = (text: string): Line => {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined;
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) {
      throw new UserFacingError({ status: 502, code: "unexpected", message: unreadableAppAnswer });
    }
    return parsed.data;
  };
  try {
    for (;;) {
      let chunk: ReadableStreamReadResult<string>;
      try {
        chunk = await reader.read();
      } catch (error) {
        if (signal?.aborted) throw error;
        throw new UserFacingError({ status: 0, code: "offline", message: errorMessages.offline });
      }
      if (chunk.done) break;
      buffered += chunk.value;
      let newline = buffered.indexOf("\n");
      while (newline >= 0) {
        const text = buffered.slice(0, newline).trim();
        buffered = buffered.slice(newline + 1);
        if (text) yield parse(text);
        newline = buffered.indexOf("\n");
      }
    }
    if (buffered.trim()) yield parse(buffered.trim());
  } finally {
    reader.releaseLock();
  }
}
