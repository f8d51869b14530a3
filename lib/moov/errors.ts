import {
  ConnectionError,
  InvalidRequestError,
  MoovError,
  RequestAbortedError,
  RequestTimeoutError,
  ResponseValidationError,
} from "@moovio/sdk/models/errors/index.js";
import type { ErrorCode } from "@/lib/errors/error-codes";
import {
  errorMessages,
  moovSessionEnded,
  rateLimitedMessage,
  unreadableAnswer,
} from "@/lib/errors/messages";
import type { UserError } from "@/lib/errors/user-error";

/**
 * One translation from whatever a Moov call can fail with (an SDK error, an
 * HTTP status, a timeout, a refused connection) to what the app may show: a
 * UserError (lib/errors) with a stable code, the sentence from the one message
 * table and the request ID staff quote. The SDK's own messages embed raw
 * response bodies, so they never leave this file.
 */
type Details = {
  requestId?: string;
  retryAfterSeconds?: number;
  fieldErrors?: Record<string, string>;
};

const codeForStatus: Record<number, ErrorCode> = {
  400: "bad_request",
  401: "unauthorized",
  403: "forbidden",
  404: "not_found",
  409: "conflict",
  422: "invalid",
  429: "rate_limited",
  502: "bad_gateway",
  503: "unavailable",
  504: "gateway_timeout",
};

export function errorForStatus(status: number, details: Details = {}): UserError {
  const code: ErrorCode = codeForStatus[status] ?? (status >= 500 ? "server_error" : "bad_request");
  const error: UserError = {
    status: code === "server_error" ? 500 : status,
    code,
    message: errorMessages[code],
    requestId: details.requestId,
  };
  if (code === "unauthorized") return { ...error, message: moovSessionEnded };
  if (code === "invalid") return { ...error, fieldErrors: details.fieldErrors };
  if (code === "rate_limited") {
    const wait = details.retryAfterSeconds;
    return { ...error, retryAfterSeconds: wait, message: rateLimitedMessage(wait) };
  }
  return error;
}

export const timeoutError = (): UserError => ({
  status: 504,
  code: "timeout",
  message: errorMessages.timeout,
});

export const unreachableError = (): UserError => ({
  status: 502,
  code: "unreachable",
  message: errorMessages.unreachable,
});

export const unexpectedError = (requestId?: string): UserError => ({
  status: 500,
  code: "unexpected",
  message: unreadableAnswer,
  requestId,
});

export function mapMoovError(error: unknown): UserError {
  if (error instanceof ResponseValidationError) {
    return { ...unexpectedError(requestIdOf(error.headers)), status: 502, code: "bad_gateway" };
  }
  if (error instanceof MoovError) {
    return errorForStatus(error.statusCode, {
      requestId: requestIdOf(error.headers),
      retryAfterSeconds: parseRetryAfter(error.headers.get("retry-after")),
      fieldErrors: error.statusCode === 422 ? fieldErrorsFromBody(error.body) : undefined,
    });
  }
  if (error instanceof RequestTimeoutError || error instanceof RequestAbortedError) {
    return timeoutError();
  }
  if (error instanceof ConnectionError) return unreachableError();
  if (error instanceof InvalidRequestError) return unexpectedError();
  return unexpectedError();
}

export function requestIdOf(headers: Headers): string | undefined {
  return headers.get("x-request-id") ?? undefined;
}

/** Retry-After is either delta-seconds or an HTTP date. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const at = Date.parse(trimmed);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, Math.ceil((at - now) / 1000));
}

/** Moov's 422 body mirrors the request, one message per field (nested for contact). */
export function fieldErrorsFromBody(body: string): Record<string, string> | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return undefined;
  }
  const errors: Record<string, string> = {};
  const walk = (value: unknown, path: string[]) => {
    if (typeof value === "string" && path.length > 0) errors[path.join(".")] = value;
    else if (value && typeof value === "object" && !Array.isArray(value)) {
      for (const [key, inner] of Object.entries(value)) walk(inner, [...path, key]);
    }
  };
  walk(parsed, []);
  return Object.keys(errors).length > 0 ? errors : undefined;
}
