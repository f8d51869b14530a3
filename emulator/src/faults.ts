import { z } from "zod";
import { newUUID } from "./ids.js";

export const faultInputSchema = z
  .object({
    method: z
      .string()
      .transform((method) => method.toUpperCase())
      .default("*"),
    path: z.string().startsWith("/"),
    status: z.number().int().min(100).max(599).optional(),
    body: z.unknown().optional(),
    headers: z.record(z.string(), z.string()).optional(),
    delayMs: z.number().int().min(0).max(120_000).optional(),
    times: z.number().int().min(1).optional(),
    probability: z.number().min(0).max(1).optional(),
    drop: z.boolean().default(false),
    /** Handle the request as usual, then drop the connection instead of answering. */
    dropAnswer: z.boolean().default(false),
    /**
     * Only requests made with this access token (Authorization: Bearer …): a
     * test's fault hits its own session's reads, never another caller's.
     */
    bearerToken: z.string().min(1).optional(),
    /**
     * Only requests whose query string has these parameters, each equal to
     * the value given or, for "*", present at all: `{cursor: "*"}` lets a
     * list's first page through and fails the pages after it.
     */
    query: z.record(z.string(), z.string()).optional(),
  })
  .refine(
    (rule) =>
      rule.status !== undefined || rule.drop || rule.dropAnswer || rule.delayMs !== undefined,
    { message: "a fault needs a status, drop: true, dropAnswer: true or a delayMs" },
  )
  .refine((rule) => !(rule.dropAnswer && (rule.drop || rule.status !== undefined)), {
    message: "dropAnswer lets the request through; it cannot go with drop or a status",
  });

export type FaultInput = z.infer<typeof faultInputSchema>;

export type FaultRule = FaultInput & {
  faultID: string;
  createdOn: string;
  /** How many requests this rule has answered (or delayed, or dropped). */
  hits: number;
  /** Left for a `times`-limited rule; the rule disappears at 0. */
  remaining?: number;
};

/**
 * Glob match on path segments: `*` is exactly one segment, `**` any number
 * (including none); a segment such as `tick*` matches a prefix within one segment.
 */
export function globMatches(pattern: string, path: string): boolean {
  const want = pattern.split("/").filter(Boolean);
  const have = path.split("/").filter(Boolean);
  return matchFrom(want, 0, have, 0);
}

function matchFrom(want: string[], wi: number, have: string[], hi: number): boolean {
  if (wi === want.length) return hi === have.length;
  const segment = want[wi] ?? "";
  if (segment === "**") {
    for (let skip = hi; skip <= have.length; skip++) {
      if (matchFrom(want, wi + 1, have, skip)) return true;
    }
    return false;
  }
  const actual = have[hi];
  if (actual === undefined || !segmentMatches(segment, actual)) return false;
  return matchFrom(want, wi + 1, have, hi + 1);
}

function segmentMatches(pattern: string, actual: string): boolean {
  if (pattern === "*") return true;
  if (!pattern.includes("*")) return pattern === actual;
  const source = pattern
    .split("*")
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, "\\$&"))
    .join("[^/]*");
  return new RegExp(`^${source}$`).test(actual);
}

function queryMatches(wanted: Record<string, string> | undefined, query: URLSearchParams): boolean {
  return Object.entries(wanted ?? {}).every(([name, value]) =>
    value === "*" ? query.has(name) : query.get(name) === value,
  );
}

/** Fault rules, checked oldest first; only Moov API paths consult them. */
export class Faults {
  private rules: FaultRule[] = [];

  constructor(private readonly random: () => number = Math.random) {}

  add(input: FaultInput): FaultRule {
    const rule: FaultRule = {
      ...input,
      faultID: newUUID(),
      createdOn: new Date().toISOString(),
      hits: 0,
      remaining: input.times,
    };
    this.rules.push(rule);
    return rule;
  }

  list(): FaultRule[] {
    return this.rules.map((rule) => ({ ...rule }));
  }

  remove(faultID: string): boolean {
    const before = this.rules.length;
    this.rules = this.rules.filter((rule) => rule.faultID !== faultID);
    return this.rules.length < before;
  }

  clear(): void {
    this.rules = [];
  }

  /** The rule that fires for this request, if any; counts the hit. */
  pick(
    method: string,
    path: string,
    authorization?: string,
    query: URLSearchParams = new URLSearchParams(),
  ): FaultRule | undefined {
    for (const rule of this.rules) {
      if (rule.method !== "*" && rule.method !== method) continue;
      if (!globMatches(rule.path, path)) continue;
      if (!queryMatches(rule.query, query)) continue;
      if (rule.bearerToken !== undefined && authorization !== `Bearer ${rule.bearerToken}`)
        continue;
      if (rule.probability !== undefined && this.random() >= rule.probability) continue;
      rule.hits += 1;
      if (rule.remaining !== undefined) {
        rule.remaining -= 1;
        if (rule.remaining <= 0) this.remove(rule.faultID);
      }
      return { ...rule };
    }
    return undefined;
  }
}
