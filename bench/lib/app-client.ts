/**
 * Talks to the running app the way a browser does: signs in through
 * next-auth's Credentials flow, reads pages and route handlers, and calls the
 * Close server action with the Next-Action protocol.
 */

import { readFileSync } from "node:fs";
import type http from "node:http";
import path from "node:path";
import { CookieJar, request, type Timed } from "./http";

export type Session = { email: string; jar: CookieJar };

export async function signIn(
  appURL: string,
  email: string,
  password: string,
  agent?: http.Agent,
): Promise<Session> {
  const jar = new CookieJar();
  const csrf = await request(`${appURL}/api/auth/csrf`, { jar, agent });
  if (csrf.status !== 200) throw new Error(`GET /api/auth/csrf answered ${csrf.status}`);
  const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
  const form = new URLSearchParams({
    csrfToken,
    email,
    password,
    callbackUrl: `${appURL}/`,
    json: "true",
  });
  const answer = await request(`${appURL}/api/auth/callback/credentials`, {
    method: "POST",
    jar,
    agent,
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: form.toString(),
    timeoutMs: 60_000,
  });
  const signedIn = jar.entries().some(([name]) => name.includes("next-auth.session-token"));
  if (!signedIn) {
    throw new Error(`sign-in of ${email} failed: ${answer.status} ${answer.body.slice(0, 200)}`);
  }
  return { email, jar };
}

/**
 * The action ID of the server action exported as `exportedName`, from the
 * build's server reference manifest. Found by name, not by file, so moving
 * the action's module does not break the bench.
 */
export function serverActionID(distDir: string, exportedName: string): string {
  const manifest = JSON.parse(
    readFileSync(path.join(distDir, "server/server-reference-manifest.json"), "utf8"),
  ) as { node: Record<string, { filename: string; exportedName: string }> };
  const found = Object.entries(manifest.node).filter(
    ([, entry]) => entry.exportedName === exportedName,
  );
  const files = [...new Set(found.map(([, entry]) => entry.filename))];
  if (files.length > 1) {
    throw new Error(`more than one server action is named ${exportedName}: ${files.join(", ")}`);
  }
  const [first] = found;
  if (!first) throw new Error(`no server action named ${exportedName} in ${distDir}`);
  return first[0];
}

export type ActionAnswer = Timed & { result: unknown };

/**
 * POSTs a server action the way React's client does. The answer is an RSC
 * stream; the action's return value is the row the first row points at
 * (`0:{"a":"$@1",…}` → row `1:`).
 */
export async function callAction(
  pageURL: string,
  actionID: string,
  args: unknown[],
  jar: CookieJar,
  agent?: http.Agent,
  timeoutMs?: number,
): Promise<ActionAnswer> {
  const answer = await request(pageURL, {
    method: "POST",
    jar,
    agent,
    timeoutMs,
    headers: {
      "next-action": actionID,
      "content-type": "text/plain;charset=UTF-8",
      accept: "text/x-component",
    },
    body: JSON.stringify(args),
  });
  return { ...answer, result: actionResult(answer.body) };
}

/** The Close button's server action, posted to the ticket's page as the browser does. */
export function closeTicketAction(
  close: { appURL: string; actionID: string; accountID: string; ticketID: string },
  jar: CookieJar,
  agent?: http.Agent,
  timeoutMs?: number,
): Promise<ActionAnswer> {
  const { appURL, actionID, accountID, ticketID } = close;
  return callAction(
    `${appURL}/accounts/${accountID}/tickets/${ticketID}`,
    actionID,
    [{ accountID, ticketID }],
    jar,
    agent,
    timeoutMs,
  );
}

export function actionResult(body: string): unknown {
  const rows = new Map<string, string>();
  for (const line of body.split("\n")) {
    const match = /^([0-9a-f]+):(.*)$/.exec(line);
    if (match?.[1] !== undefined && match[2] !== undefined) rows.set(match[1], match[2]);
  }
  const first = rows.get("0");
  if (!first) return undefined;
  try {
    const head = JSON.parse(first) as { a?: unknown };
    if (typeof head.a === "string" && head.a.startsWith("$@")) {
      const row = rows.get(head.a.slice(2));
      return row === undefined ? undefined : JSON.parse(row);
    }
    return head.a;
  } catch {
    return undefined;
  }
}
