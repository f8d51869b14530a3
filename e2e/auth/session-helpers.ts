import { spawnSync } from "node:child_process";
import { chmodSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import type { Browser, BrowserContext, Cookie, Page, Request } from "@playwright/test";
import bcrypt from "bcryptjs";
import { e2eBcryptCost } from "../../scripts/e2e-users-file";
import { expect, uniqueTag } from "../fixtures";
import type { EmulatorAdmin, JournalEntry } from "../fixtures/emulator-admin";
import { e2eEnvironment, e2ePorts, e2eUsersFile } from "../fixtures/environment";
import { journalNaming } from "../support/journal";
import { apiPaths, paths, urlOf } from "../support/paths";
import { SignInPage } from "../support/sign-in-page";
import { freshMerchantAccount } from "../support/tickets";

/**
 * Helpers for the server-side session specs: people of the test's own in the
 * E2E app's users file, sign-ins over plain HTTP (for throttle and probe
 * traffic a browser cannot shape), and the "copy of the cookie" a stolen or
 * second browser would hold.
 */
const root = path.resolve(import.meta.dirname, "../..");

/** The E2E app's origin (the config's baseURL). */
export const appURL = `http://127.0.0.1:${e2ePorts.app}`;

// ---------------------------------------------------------------------------
// The users file. Only one serial describe edits it, so writes never interleave.

type UsersFileEntry = {
  email: string;
  name: string;
  passwordHash?: string;
  actsFor: { accounts: string[] } | { partner: string; connected: "*" | string[] };
};

function readPeople(): UsersFileEntry[] {
  return (JSON.parse(readFileSync(e2eUsersFile, "utf8")) as { users: UsersFileEntry[] }).users;
}

/** Replaces the file in one rename: the app never reads half a file, and sees a new inode. */
function writePeople(users: UsersFileEntry[]): void {
  const next = `${e2eUsersFile}.${process.pid}.tmp`;
  writeFileSync(next, `${JSON.stringify({ users }, null, 2)}\n`, { mode: 0o600 });
  chmodSync(next, 0o600);
  renameSync(next, e2eUsersFile);
}

export function addPerson(entry: UsersFileEntry): void {
  writePeople([...readPeople().filter((person) => person.email !== entry.email), entry]);
}

export function removePeople(emails: readonly string[]): void {
  const gone = new Set(emails);
  const users = readPeople();
  if (users.some((person) => gone.has(person.email))) {
    writePeople(users.filter((person) => !gone.has(person.email)));
  }
}

// ---------------------------------------------------------------------------
// Sign-in over HTTP: next-auth's CSRF token, then its credentials callback.

/** next-auth's answer: no error means signed in. */
export type HttpSignIn = { error: string | undefined };

type RawResponse = { headers: http.IncomingHttpHeaders; body: string };

function send(
  url: URL,
  options: {
    method: string;
    headers: Record<string, string>;
    body?: string;
    localAddress?: string;
  },
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      url,
      { method: options.method, headers: options.headers, localAddress: options.localAddress },
      (response) => {
        let body = "";
        response.setEncoding("utf8");
        response.on("data", (chunk: string) => {
          body += chunk;
        });
        response.on("end", () => resolve({ headers: response.headers, body }));
      },
    );
    request.on("error", reject);
    request.end(options.body);
  });
}

const cookiePairs = (headers: http.IncomingHttpHeaders) =>
  (headers["set-cookie"] ?? []).map((line) => line.split(";", 1)[0] ?? "");

/**
 * Signs in the way the sign-in form does, from `localAddress` (any 127.x.y.z
 * reaches the app; the throttle counts each as its own client address) and
 * with an optional X-Forwarded-For a client might forge.
 */
export async function signInOverHttp(
  baseURL: string,
  credentials: { email: string; password: string },
  options: { localAddress?: string; forwardedFor?: string } = {},
): Promise<HttpSignIn> {
  const extra: Record<string, string> = options.forwardedFor
    ? { "x-forwarded-for": options.forwardedFor }
    : {};
  const csrf = await send(new URL("/api/auth/csrf", baseURL), {
    method: "GET",
    headers: extra,
    localAddress: options.localAddress,
  });
  const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
  const body = new URLSearchParams({
    csrfToken,
    email: credentials.email,
    password: credentials.password,
    callbackUrl: "/",
    json: "true",
  }).toString();
  const answer = await send(new URL("/api/auth/callback/credentials", baseURL), {
    method: "POST",
    headers: {
      ...extra,
      "content-type": "application/x-www-form-urlencoded",
      cookie: cookiePairs(csrf.headers).join("; "),
    },
    body,
    localAddress: options.localAddress,
  });
  const url = new URL((JSON.parse(answer.body) as { url: string }).url, baseURL);
  return { error: url.searchParams.get("error") ?? undefined };
}

// ---------------------------------------------------------------------------
// A person and a Moov account that one test owns alone.

export type OwnPerson = {
  email: string;
  password: string;
  name: string;
  accountID: string;
  displayName: string;
};

/**
 * A new merchant of Harbor and a new account agent for it alone, added to
 * the users file. Resolves once the app accepts the person's password: the
 * probe signs in from 127.0.0.2, so a probe the app refuses (it had not read
 * the file yet) never spends the sign-in budget of 127.0.0.1, which every
 * other spec's browser signs in from.
 */
export async function addOwnPerson(
  emulator: EmulatorAdmin,
  baseURL: string,
  label: string,
): Promise<OwnPerson> {
  const tag = uniqueTag(label.toLowerCase());
  const account = await freshMerchantAccount(emulator);
  const person: OwnPerson = {
    email: `${tag}@people.example`,
    password: `pw-${tag}`,
    name: `${label} Agent`,
    accountID: account.accountID,
    displayName: account.displayName,
  };
  addPerson({
    email: person.email,
    name: person.name,
    passwordHash: bcrypt.hashSync(person.password, e2eBcryptCost),
    actsFor: { accounts: [person.accountID] },
  });
  await expect(async () => {
    const probe = await signInOverHttp(baseURL, person, { localAddress: "127.0.0.2" });
    expect(probe.error, "the app has read the new users file").toBeUndefined();
  }).toPass({ intervals: [1_000], timeout: 15_000 });
  return person;
}

/** Ends every session of a person the way an administrator does. */
export function revokeSessionsOf(email: string): string {
  const result = spawnSync("npm", ["run", "--silent", "users:revoke", "--", "--email", email], {
    cwd: root,
    env: { ...process.env, ...e2eEnvironment() },
    encoding: "utf8",
    timeout: 60_000,
  });
  if (result.status !== 0) {
    throw new Error(`users:revoke failed (${result.status}): ${result.stderr}${result.stdout}`);
  }
  return result.stdout;
}

// ---------------------------------------------------------------------------
// Copies of one session cookie.

export function cookieHeader(cookies: readonly Cookie[]): string {
  return cookies.map((cookie) => `${cookie.name}=${cookie.value}`).join("; ");
}

/** A second browser holding the same cookies, e.g. a stolen copy or a second machine. */
export async function browserWithCookies(
  browser: Browser,
  baseURL: string,
  cookies: Cookie[],
): Promise<BrowserContext> {
  return browser.newContext({ baseURL, storageState: { cookies, origins: [] } });
}

/** A server action request as the browser sent it, to be replayed later. */
export type CapturedAction = { url: string; headers: Record<string, string>; body: string };

export async function captureAction(request: Request): Promise<CapturedAction> {
  const headers = await request.allHeaders();
  const kept = Object.fromEntries(
    Object.entries(headers).filter(
      ([name]) => !["cookie", "content-length", "host", "connection"].includes(name),
    ),
  );
  return { url: request.url(), headers: kept, body: request.postData() ?? "" };
}

export const isServerAction = (request: Request) =>
  request.method() === "POST" && request.headers()["next-action"] !== undefined;

/** The answer to a GET /api/events with only these cookies: its status, the stream left unread. */
export async function openEventStream(baseURL: string, cookies: readonly Cookie[]) {
  const controller = new AbortController();
  const response = await fetch(new URL(apiPaths.events, baseURL), {
    headers: { cookie: cookieHeader(cookies), accept: "text/event-stream" },
    redirect: "manual",
    signal: controller.signal,
  });
  controller.abort();
  return response.status;
}

/**
 * Calls made since a moment with a Bearer token of the account's own scope
 * set: those of the test's person, an agent of that (fresh) account. Token
 * revocations are Basic; and a Harbor partner's view in a parallel test reads
 * every fresh merchant too, but with the partner's scopes, so it is not counted.
 */
export async function bearerCallsFor(
  emulator: EmulatorAdmin,
  accountID: string,
  since: string,
): Promise<JournalEntry[]> {
  const ownScope = `/accounts/${accountID}/tickets.read`;
  return (await journalNaming(emulator, { since, accountID })).filter(
    (entry) => entry.authScheme === "bearer" && (entry.tokenScopes ?? []).includes(ownScope),
  );
}

/** Signs in through the form in this page's context and waits for the person's queue. */
export async function signInAsOwnPerson(page: Page, person: OwnPerson): Promise<void> {
  const form = new SignInPage(page);
  await form.goto();
  await form.submit(person.email, person.password);
  // The first Moov tokens for a new account: slow on a busy machine.
  await expect(page).toHaveURL(urlOf(paths.queue(person.accountID)), { timeout: 15_000 });
  await expect(page.getByTestId("acting-for")).toContainText(person.displayName);
}

/** The header's live-updates indicator once the stream is open. */
export const liveIndicator = (page: Page) => page.getByRole("status").filter({ hasText: /^Live$/ });
