import {
  ConnectionError,
  InvalidRequestError,
  MoovError,
  RequestAbortedError,
  RequestTimeoutError,
  ResponseValidationError,
} from "@moovio/sdk/models/errors/index.js";

/**
 * One translation from whatever a Moov call can fail with (an SDK error, an
 * HTTP status, a timeout, a refused connection) to what the app may show: a
 * stable code, a plain sentence and the request ID staff quote. The SDK's own
 * messages embed raw response bodies, so they never leave this file.
 */
export const appErrorCodes = [
  "bad_request",
  "unauthorized",
  "forbidden",
  "not_found",
  "conflict",
  "invalid",
  "rate_limited",
  "server_error",
  "bad_gateway",
  "unavailable",
  "gateway_timeout",
  "timeout",
  "unreachable",
  "unexpected",
] as const;
export type AppErrorCode = (typeof appErrorCodes)[number];

export type AppError = {
  /** The HTTP status a route handler answers with. */
  status: number;
  code: AppErrorCode;
  message: string;
  requestId?: string;
  retryAfterSeconds?: number;
  fieldErrors?: Record<string, string>;
};

type Details = {
  requestId?: string;
  retryAfterSeconds?: number;
  fieldErrors?: Record<string, string>;
};

const tryAgain = "Try again in a moment.";

export function errorForStatus(status: number, details: Details = {}): AppError {
  const base = { status, requestId: details.requestId };
  switch (status) {
    case 400:
      return { ...base, code: "bad_request", message: "Moov could not accept this request." };
    case 401:
      return {
        ...base,
        code: "unauthorized",
        message: "Your session with Moov has ended. Sign in again to continue.",
      };
    case 403:
      return {
        ...base,
        code: "forbidden",
        message: "You do not have access to this account's tickets.",
      };
    case 404:
      return {
        ...base,
        code: "not_found",
        message: "This ticket does not exist or belongs to another account.",
      };
    case 409:
      return {
        ...base,
        code: "conflict",
        message:
          "Someone else changed this at the same time. Refresh and check before trying again.",
      };
    case 422:
      return {
        ...base,
        code: "invalid",
        message: "Moov did not accept some of the details. Check the highlighted fields.",
        fieldErrors: details.fieldErrors,
      };
    case 429: {
      const wait = details.retryAfterSeconds;
      return {
        ...base,
        code: "rate_limited",
        retryAfterSeconds: wait,
        message:
          wait === undefined
            ? `Moov is busy right now. ${tryAgain}`
            : `Moov is busy right now. Try again in ${wait} ${wait === 1 ? "second" : "seconds"}.`,
      };
    }
    case 502:
      return {
        ...base,
        code: "bad_gateway",
        message: `Moov sent back an invalid response. ${tryAgain}`,
      };
    case 503:
      return {
        ...base,
        code: "unavailable",
        message: "Moov is temporarily unavailable. Try again in a few minutes.",
      };
    case 504:
      return {
        ...base,
        code: "gateway_timeout",
        message: `Moov took too long to respond. ${tryAgain}`,
      };
    default:
      if (status >= 500) {
        return {
          ...base,
          status: 500,
          code: "server_error",
          message: `Moov ran into a problem. ${tryAgain}`,
        };
      }
      return { ...base, code: "bad_request", message: "Moov could not accept this request." };
  }
}

export const timeoutError = (): AppError => ({
  status: 504,
  code: "timeout",
  message: `Moov did not answer in time. ${tryAgain}`,
});

export const unreachableError = (): AppError => ({
  status: 502,
  code: "unreachable",
  message: `Support Desk could not connect to Moov. ${tryAgain}`,
});

export const unexpectedError = (requestId?: string): AppError => ({
  status: 500,
  code: "unexpected",
  message: "Something unexpected went wrong while talking to Moov.",
  requestId,
});

export function mapMoovError(error: unknown): AppError {
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
