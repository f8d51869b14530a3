import {
  backoffMs,
  callKind,
  fitsBudget,
  maxAttempts,
  retriesConnectionErrors,
  retriesStatus,
  retryAfterMs,
} from "./retry-policy";

/**
 * The one place Moov calls are retried: the SDK hands every request to this
 * fetcher, which keeps its own deadline (MOOV_TIMEOUT_MS) across every
 * attempt, so the budget is per call, not per attempt. A 401 gets one new
 * token (when the caller can renew it) and one more try; a second 401 goes
 * back to the caller.
 *
 * Attempts are sent as URL + init with the deadline's signal, never as cloned
 * Requests: in Node 20 a cloned Request loses its abort signal after a garbage
 * collection (nodejs/undici#4068), and a call Moov never answers would then
 * hang past its budget for as long as Moov keeps it open.
 */
export type Fetcher = (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;

export type ResilientFetchOptions = {
  budgetMs: number;
  /** A fresh Authorization header value after a 401, or a rejection if there is none. */
  renewAuthorization?: () => Promise<string>;
  fetch?: Fetcher;
  now?: () => number;
  random?: () => number;
  /** Called once per retry, for logs and tests. */
  onRetry?: (event: RetryEvent) => void;
  /** Waits for this call's turn under Moov's rate limit (pacer.ts) before each attempt. */
  pace?: (url: string, signal: AbortSignal) => Promise<void>;
};

export type RetryEvent = {
  method: string;
  path: string;
  attempt: number;
  reason: "status" | "connection" | "unauthorized";
  status?: number;
  waitMs: number;
};

function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    signal.addEventListener("abort", onAbort, { once: true });
  });
}

/**
 * Aborts at the end of the budget, or when the caller's own signal does. The
 * timer holds the controller, so nothing here can be collected before it fires.
 */
function deadlineSignal(budgetMs: number, caller: AbortSignal): AbortSignal {
  const controller = new AbortController();
  const timer = setTimeout(
    () =>
      controller.abort(new DOMException("Moov did not answer within the budget", "TimeoutError")),
    budgetMs,
  );
  timer.unref?.();
  if (caller.aborted) controller.abort(caller.reason);
  else caller.addEventListener("abort", () => controller.abort(caller.reason), { once: true });
  return controller.signal;
}

/**
 * Reads away the (small) body of a response we are about to retry past, which
 * frees its connection. Not cancel(): Next.js tees fetch bodies, and a
 * cancelled tee branch settles only once the other branch is cancelled too.
 */
async function discard(response: Response): Promise<void> {
  await response.arrayBuffer().catch(() => undefined);
}

/**
 * Node's own fetch, not the one Next.js patches in for its data cache. Moov's
 * answers are one person's and never cached; the patch's bookkeeping on every
 * call (a trace span, cache keys, a tee of each body) was pure cost. Looked up
 * per call: Next patches fetch when its server starts, after this module may load.
 */
function unpatchedFetch(): typeof fetch {
  const patched = globalThis.fetch as typeof fetch & { _nextOriginalFetch?: typeof fetch };
  return patched._nextOriginalFetch ?? patched;
}

export function resilientFetch(options: ResilientFetchOptions): Fetcher {
  const send = options.fetch ?? ((input, init) => unpatchedFetch()(input, init));
  const now = options.now ?? Date.now;
  const random = options.random ?? Math.random;

  return async (input, init) => {
    const request = new Request(input, init);
    const deadline = now() + options.budgetMs;
    const signal = deadlineSignal(options.budgetMs, request.signal);
    const kind = callKind(request.method, request.url);
    const path = new URL(request.url).pathname;
    // Read once, sent with every attempt (Moov's request bodies are small JSON).
    const body = request.body ? await request.arrayBuffer() : undefined;
    let authorization: string | undefined;
    let renewed = false;

    for (let attempt = 1; ; attempt++) {
      const headers = new Headers(request.headers);
      if (authorization) headers.set("authorization", authorization);
      const retry = async (event: Omit<RetryEvent, "method" | "path" | "attempt">) => {
        options.onRetry?.({ method: request.method, path, attempt, ...event });
        await pause(event.waitMs, signal);
      };

      let response: Response;
      try {
        if (options.pace) {
          await options.pace(request.url, signal);
          // Aborted while waiting for its turn: never send it.
          signal.throwIfAborted();
        }
        response = await send(request.url, { method: request.method, headers, body, signal });
      } catch (error) {
        if (signal.aborted) throw signal.reason ?? error;
        const waitMs = backoffMs(attempt, random());
        const again =
          retriesConnectionErrors(kind) &&
          attempt < maxAttempts &&
          fitsBudget(waitMs, now(), deadline);
        if (!again) throw error;
        await retry({ reason: "connection", waitMs });
        continue;
      }

      if (response.status === 401 && options.renewAuthorization && !renewed) {
        renewed = true;
        try {
          authorization = await options.renewAuthorization();
        } catch {
          return response;
        }
        await discard(response);
        options.onRetry?.({
          method: request.method,
          path,
          attempt,
          reason: "unauthorized",
          status: 401,
          waitMs: 0,
        });
        // The renewal is not one of the attempts: a 401 says nothing about Moov's health.
        attempt--;
        continue;
      }

      if (attempt >= maxAttempts || !retriesStatus(kind, response.status)) return response;
      const waitMs =
        response.status === 429
          ? (retryAfterMs(response.headers.get("retry-after"), now()) ??
            backoffMs(attempt, random()))
          : backoffMs(attempt, random());
      if (!fitsBudget(waitMs, now(), deadline)) return response;
      await discard(response);
      await retry({ reason: "status", status: response.status, waitMs });
    }
  };
}
