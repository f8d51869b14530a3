import { Moov } from "@moovio/sdk";
import { HTTPClient } from "@moovio/sdk/lib/http.js";
import { MoovError } from "@moovio/sdk/models/errors/mooverror.js";
import { expect, vi } from "vitest";
import { type EmulatorOptions, type RunningEmulator, startEmulator } from "../src/server.js";

export const apiVersion = "v2026.04.00";

export const harborID = {
  accountID: "5b0f8c6e-2d1a-4c3e-9f7a-000000000001",
  keys: { username: "pk_harbor_demo", password: "sk_harbor_demo_7f3c9a" },
};
export const bluebirdID = {
  accountID: "5b0f8c6e-2d1a-4c3e-9f7a-000000000002",
  keys: { username: "pk_bluebird_demo", password: "sk_bluebird_demo_1d8e4b" },
};
export const quayside = { accountID: "5b0f8c6e-2d1a-4c3e-9f7a-000000000005" };
export const orchardID = {
  accountID: "5b0f8c6e-2d1a-4c3e-9f7a-000000000006",
  keys: { username: "pk_orchard_demo", password: "sk_orchard_demo_2b9f5d" },
};

type Keys = { username: string; password: string };

/** An in-process emulator on a free port with a throw-away store. */
export function startTestEmulator(options: EmulatorOptions = {}): Promise<RunningEmulator> {
  return startEmulator({ port: 0, db: ":memory:", seed: "demo", rateLimit: 0, ...options });
}

/** The SDK overwrites per-call headers, so the version is pinned in a hook, as the app does. */
function pinnedClient(authorization?: string): HTTPClient {
  return new HTTPClient().addHook("beforeRequest", (request) => {
    request.headers.set("x-moov-version", apiVersion);
    if (authorization) request.headers.set("authorization", authorization);
    return request;
  });
}

export function basicMoov(url: string, keys: Keys): Moov {
  return new Moov({ serverURL: url, security: keys, httpClient: pinnedClient() });
}

export function bearerMoov(url: string, accessToken: string): Moov {
  return new Moov({ serverURL: url, httpClient: pinnedClient(`Bearer ${accessToken}`) });
}

export async function mintToken(url: string, keys: Keys, scopes: string[]): Promise<string> {
  const result = await basicMoov(url, keys).authentication.createAccessToken({
    grantType: "client_credentials",
    scope: scopes.join(" "),
  });
  return result.result.accessToken;
}

export const ticketsRead = (accountID: string) => `/accounts/${accountID}/tickets.read`;
export const ticketsWrite = (accountID: string) => `/accounts/${accountID}/tickets.write`;
export const profileRead = (accountID: string) => `/accounts/${accountID}/profile.read`;

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Awaits an SDK call that must fail with an HTTP error and checks what every error carries. */
export async function expectMoovError<E extends MoovError = MoovError>(
  call: Promise<unknown>,
  statusCode: number,
  errorClass?: abstract new (...args: never[]) => E,
): Promise<E> {
  const error: unknown = await call.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(errorClass ?? MoovError);
  const moovError = error as E;
  expect(moovError.statusCode).toBe(statusCode);
  expect(moovError.headers.get("x-request-id")).toMatch(uuid);
  return moovError;
}

export function expectRequestID(response: Response): void {
  expect(response.headers.get("x-request-id")).toMatch(uuid);
}

export async function adminJSON<T>(url: string, path: string, init: RequestInit = {}): Promise<T> {
  const response = await fetch(`${url}${path}`, {
    ...init,
    headers: { "content-type": "application/json", ...init.headers },
  });
  if (!response.ok) throw new Error(`${path} → ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

export function basicHeader(keys: Keys): string {
  return `Basic ${Buffer.from(`${keys.username}:${keys.password}`).toString("base64")}`;
}

/**
 * Stops the clock the emulator reads (Date) for the rest of a test, in this
 * process, where the test emulator runs; timers and sockets keep real time.
 * Every call then happens at the same instant until `advance` moves it on.
 * Pair with `vi.useRealTimers()` in a `finally` or afterEach.
 */
export function freezeClock(): { advance(ms: number): void } {
  vi.useFakeTimers({ toFake: ["Date"] });
  return {
    advance(ms) {
      vi.setSystemTime(Date.now() + ms);
    },
  };
}
