import { readFileSync } from "node:fs";
import { z } from "zod";

/**
 * The people who may sign in and what each may act for. The file is JSON so an
 * administrator can read it; every field is checked at start-up and an error
 * names the field path (users[2].actsFor.partner) or, for broken JSON, the line
 * and column.
 */
/** Every hash is made at this cost, so a check costs the same for every email. */
export const bcryptCost = 12;

const accountID = z.guid({ message: "must be a Moov account ID (a UUID)" });

const bcryptHash = z
  .string()
  .regex(/^\$2[aby]\$\d{2}\$[./A-Za-z0-9]{53}$/, "must be a bcrypt hash (npm run users:add)");

export const actsForSchema = z.union([
  z.strictObject({
    accounts: z.array(accountID).min(1, "must list at least one account ID"),
  }),
  z.strictObject({
    partner: accountID,
    connected: z.union([
      z.literal("*"),
      z.array(accountID).min(1, 'must be "*" or list at least one account ID'),
    ]),
  }),
]);
export type ActsFor = z.infer<typeof actsForSchema>;

export const personSchema = z.strictObject({
  email: z.email({ message: "must be an email address" }).transform((email) => email.toLowerCase()),
  name: z.string().trim().min(1, "must not be empty"),
  passwordHash: bcryptHash.optional(),
  actsFor: actsForSchema,
});
export type Person = z.infer<typeof personSchema>;
export type AgentKind = "account" | "partner";

export const usersFileSchema = z
  .strictObject({ users: z.array(personSchema) })
  .superRefine((file, ctx) => {
    const seen = new Map<string, number>();
    file.users.forEach((person, index) => {
      const first = seen.get(person.email);
      if (first !== undefined) {
        ctx.addIssue({
          code: "custom",
          path: ["users", index, "email"],
          message: `repeats the email of users[${first}]`,
        });
      }
      seen.set(person.email, index);
    });
  });
export type UsersFile = z.infer<typeof usersFileSchema>;

export class UsersFileError extends Error {
  override name = "UsersFileError";
}

export function kindOf(person: Pick<Person, "actsFor">): AgentKind {
  return "partner" in person.actsFor ? "partner" : "account";
}

/** Parses the users file's text; `source` (its path) starts every error message. */
export function parseUsersFile(text: string, source = "users file"): UsersFile {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new UsersFileError(`${source}: invalid JSON ${locate(text, reason)}: ${reason}`);
  }
  const result = usersFileSchema.safeParse(raw, { reportInput: true });
  if (result.success) return result.data;
  const lines = result.error.issues
    .flatMap(unwrapActsFor)
    .map((issue) => `  - ${formatPath(issue.path)}: ${describeIssue(issue)}`);
  throw new UsersFileError(`${source} is not valid:\n${lines.join("\n")}`);
}

export function loadUsersFile(path: string): UsersFile {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new UsersFileError(`${path}: cannot be read (${reason})`);
  }
  return parseUsersFile(text, path);
}

export function findPerson(file: UsersFile, email: string): Person | undefined {
  const wanted = email.trim().toLowerCase();
  return file.users.find((person) => person.email === wanted);
}

/** users[2].actsFor.partner */
export function formatPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return "(file)";
  return path
    .map((part, index) => {
      if (typeof part === "number") return `[${part}]`;
      return index === 0 ? String(part) : `.${String(part)}`;
    })
    .join("");
}

/**
 * actsFor is one of two shapes; report the one the entry was aiming for (it has
 * a "partner" field or not), with full paths, rather than "no union matched".
 */
function unwrapActsFor(issue: z.core.$ZodIssue): z.core.$ZodIssue[] {
  if (issue.code !== "invalid_union" || issue.path.at(-1) !== "actsFor") return [issue];
  const input = issue.input;
  if (!input || typeof input !== "object" || Array.isArray(input)) return [issue];
  const branch = issue.errors["partner" in input ? 1 : 0];
  if (!branch || branch.length === 0) return [issue];
  return branch.map((inner) => ({ ...inner, path: [...issue.path, ...inner.path] }));
}

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === "unrecognized_keys") {
    const keys = issue.keys.join(", ");
    return issue.keys.includes("password")
      ? `unknown field ${keys} (store a bcrypt passwordHash, never a password)`
      : `unknown field ${keys}`;
  }
  if (issue.code === "invalid_union" && issue.path.at(-1) === "actsFor") {
    return 'must be {"accounts": [...]} or {"partner": "<id>", "connected": "*" | [...]}';
  }
  if (issue.code === "invalid_type" && issue.input === undefined) return "is missing";
  return issue.message;
}

/** "at line 3, column 2" from V8's "… at position 12" (or its own line/column). */
function locate(text: string, reason: string): string {
  const position = /position (\d+)/.exec(reason);
  if (!position?.[1]) {
    const own = /line (\d+) column (\d+)/.exec(reason);
    return own ? `at line ${own[1]}, column ${own[2]}` : "";
  }
  const offset = Number(position[1]);
  const before = text.slice(0, offset).split("\n");
  const line = before.length;
  const column = (before.at(-1)?.length ?? 0) + 1;
  return `at line ${line}, column ${column}`;
}
