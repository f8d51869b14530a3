import { readFileSync } from "node:fs";
import path from "node:path";
import type { APIRequestContext, Page } from "@playwright/test";
import { e2eDistDir } from "../fixtures/environment";

/** The ID Next.js gave a server action in this build (what a forged call has to name). */
export function actionID(exportedName: "closeTicket" | "createTicket"): string {
  const manifest = JSON.parse(
    readFileSync(
      path.join(import.meta.dirname, "../..", e2eDistDir, "server/server-reference-manifest.json"),
      "utf8",
    ),
  ) as { node: Record<string, { exportedName?: string }> };
  const found = Object.entries(manifest.node).find(
    ([, entry]) => entry.exportedName === exportedName,
  );
  if (!found) throw new Error(`No server action ${exportedName} in ${e2eDistDir}`);
  return found[0];
}

/**
 * Calls a server action the way a hand-written script would: a POST to a page
 * naming the action, its arguments as JSON. Answers the status and the raw
 * RSC payload (the action's result is a JSON object inside it).
 */
export async function callAction(
  request: APIRequestContext,
  options: {
    page: string;
    action: "closeTicket" | "createTicket";
    body: string;
    origin?: string;
    baseURL: string;
  },
): Promise<{ status: number; text: string }> {
  const response = await request.post(options.page, {
    headers: {
      "next-action": actionID(options.action),
      "content-type": "text/plain;charset=UTF-8",
      accept: "text/x-component",
      origin: options.origin ?? options.baseURL,
    },
    data: options.body,
    maxRedirects: 0,
  });
  return { status: response.status(), text: await response.text() };
}

/** Collects every Content-Security-Policy violation the page reports, in the console or as an event. */
export async function watchCspViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/content security policy/i.test(message.text())) violations.push(message.text());
  });
  await page.exposeFunction("__reportCspViolation", (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      const report = (window as unknown as { __reportCspViolation: (t: string) => void })
        .__reportCspViolation;
      report(
        `${event.violatedDirective} blocked ${event.blockedURI} at ${event.sourceFile}:${event.lineNumber}:${event.columnNumber}`,
      );
    });
  });
  return violations;
}
