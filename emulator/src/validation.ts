import type { z } from "zod";
import { HttpError } from "./http.js";

type FieldErrors = { [field: string]: string | FieldErrors };

/**
 * Turns zod issues into Moov's 422 body, which mirrors the request: each failed
 * field holds a message, nested objects nest (`{contact: {email: "..."}}`).
 * `objectFields` names fields whose error must stay an object for the SDK.
 */
export function fieldErrors(issues: z.core.$ZodIssue[], objectFields: Record<string, string> = {}) {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const path = issue.path.map(String);
    const [head] = path;
    if (head === undefined) continue;
    const fallback = objectFields[head];
    if (path.length === 1 && fallback) path.push(fallback);
    let node = errors;
    for (const [index, key] of path.entries()) {
      if (index === path.length - 1) {
        if (node[key] === undefined) node[key] = issue.message;
      } else {
        const next = node[key];
        if (typeof next === "object") node = next;
        else {
          const created: FieldErrors = {};
          node[key] = created;
          node = created;
        }
      }
    }
  }
  return errors;
}

export function parseOr422<T extends z.ZodType>(
  schema: T,
  input: unknown,
  objectFields: Record<string, string> = {},
): z.infer<T> {
  const result = schema.safeParse(input);
  if (!result.success) throw new HttpError(422, fieldErrors(result.error.issues, objectFields));
  return result.data;
}
