import type { IncomingMessage, ServerResponse } from "node:http";

/** Moov rejects bodies above 1 MiB with 413; the emulator does the same. */
export const maxBodyBytes = 1024 * 1024;

/** Beyond this we stop draining an oversized body and cut the connection. */
const maxDrainBytes = 64 * 1024 * 1024;

export type Reply = {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
};

/** Thrown anywhere in a handler to answer with a given status and body. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly body?: unknown,
    readonly headers: Record<string, string> = {},
  ) {
    super(`HTTP ${status}`);
  }
}

export function errorBody(message: string): { error: string } {
  return { error: message };
}

/**
 * Reads the whole body. An oversized body is drained (not answered mid-upload)
 * so that clients which stream the body still read the 413 instead of an EPIPE.
 */
export function readBody(req: IncomingMessage, limit = maxBodyBytes): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers["content-length"] ?? "0");
    if (declared > maxDrainBytes) {
      reject(new HttpError(413, errorBody("request body exceeds 1 MiB")));
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = declared > limit;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) tooLarge = true;
      if (size > maxDrainBytes) req.destroy();
      if (!tooLarge) chunks.push(chunk);
    });
    req.on("end", () => {
      if (tooLarge) reject(new HttpError(413, errorBody("request body exceeds 1 MiB")));
      else resolve(Buffer.concat(chunks));
    });
    req.on("error", reject);
  });
}

export function parseJson(raw: Buffer): unknown {
  if (raw.length === 0) throw new HttpError(400, errorBody("request body is empty"));
  try {
    return JSON.parse(raw.toString("utf8"));
  } catch {
    throw new HttpError(400, errorBody("request body is not valid JSON"));
  }
}

export async function readJsonObject(req: IncomingMessage): Promise<Record<string, unknown>> {
  const value = parseJson(await readBody(req));
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new HttpError(400, errorBody("request body must be a JSON object"));
  }
  return value as Record<string, unknown>;
}

/** Admin endpoints accept an empty body as `{}`. */
export async function readOptionalJsonObject(
  req: IncomingMessage,
): Promise<Record<string, unknown>> {
  const raw = await readBody(req);
  if (raw.length === 0) return {};
  const value = parseJson(raw);
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new HttpError(400, errorBody("request body must be a JSON object"));
  }
  return value as Record<string, unknown>;
}

export function sendReply(res: ServerResponse, reply: Reply): void {
  if (res.headersSent || res.destroyed) return;
  for (const [name, value] of Object.entries(reply.headers ?? {})) res.setHeader(name, value);
  if (reply.body === undefined) {
    res.statusCode = reply.status;
    res.end();
    return;
  }
  const isText = typeof reply.body === "string";
  const payload = isText ? String(reply.body) : JSON.stringify(reply.body);
  if (!res.hasHeader("content-type")) {
    res.setHeader("content-type", isText ? "text/plain; charset=utf-8" : "application/json");
  }
  res.setHeader("content-length", Buffer.byteLength(payload));
  res.statusCode = reply.status;
  res.end(payload);
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
