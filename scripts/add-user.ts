/**
 * Adds a person to the users file, or updates the one with that email.
 *
 *   npm run users:add -- --email ana@example.com --name "Ana" --accounts <id>,<id>
 *   npm run users:add -- --email ops@partner.example --name "Ops" --partner <id> --connected '*'
 *   echo "$PASSWORD" | npm run users:add -- … --password-stdin
 *   npm run users:add -- … --sso-only        (no password: signs in with company SSO only)
 *
 * The file is USERS_FILE, or --file <path>. The password is asked for on the
 * terminal (not echoed) unless --password-stdin or --sso-only is given; only its
 * bcrypt hash is stored.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import bcrypt from "bcryptjs";
import {
  type ActsFor,
  bcryptCost,
  formatPath,
  type Person,
  parseUsersFile,
  personSchema,
  type UsersFile,
  UsersFileError,
} from "../lib/auth/users/users-file";

const usage =
  "usage: npm run users:add -- --email <email> --name <name> (--accounts <id,id> | --partner <id> --connected '*'|<id,id>) [--password-stdin | --sso-only] [--file <path>]";

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

function list(value: string): string[] {
  return value
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean);
}

function actsForFrom(values: { accounts?: string; partner?: string; connected?: string }): ActsFor {
  if (values.accounts && values.partner) fail("Give either --accounts or --partner, not both.");
  if (values.accounts) return { accounts: list(values.accounts) };
  if (!values.partner) fail(`Say what the person acts for.\n${usage}`);
  if (!values.connected) fail("A partner agent needs --connected '*' or --connected <id,id>.");
  return {
    partner: values.partner,
    connected: values.connected.trim() === "*" ? "*" : list(values.connected),
  };
}

async function readAllStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks)
    .toString("utf8")
    .replace(/\r?\n$/, "");
}

/** Reads a line from the terminal without echoing it. */
function askHidden(prompt: string): Promise<string> {
  const { stdin, stdout } = process;
  if (!stdin.isTTY) fail("No terminal to ask the password on: pipe it with --password-stdin.");
  stdout.write(prompt);
  stdin.setRawMode(true);
  stdin.resume();
  stdin.setEncoding("utf8");
  return new Promise((resolve) => {
    let typed = "";
    const onData = (key: string) => {
      for (const char of key) {
        if (char === "\r" || char === "\n") {
          stdin.setRawMode(false);
          stdin.pause();
          stdin.off("data", onData);
          stdout.write("\n");
          resolve(typed);
          return;
        }
        if (char === "\u0003") process.exit(130);
        typed = char === "\u007f" ? typed.slice(0, -1) : typed + char;
      }
    };
    stdin.on("data", onData);
  });
}

async function passwordHash(values: { "password-stdin"?: boolean; "sso-only"?: boolean }) {
  if (values["sso-only"]) return undefined;
  const password = values["password-stdin"]
    ? await readAllStdin()
    : await (async () => {
        const first = await askHidden("Password: ");
        const again = await askHidden("Password again: ");
        if (first !== again) fail("The passwords differ.");
        return first;
      })();
  if (password.length < 12) fail("Use a password of at least 12 characters.");
  return bcrypt.hash(password, bcryptCost);
}

function readFile(path: string): UsersFile {
  if (!existsSync(path)) return { users: [] };
  try {
    return parseUsersFile(readFileSync(path, "utf8"), path);
  } catch (error) {
    if (error instanceof UsersFileError) fail(error.message);
    throw error;
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      email: { type: "string" },
      name: { type: "string" },
      accounts: { type: "string" },
      partner: { type: "string" },
      connected: { type: "string" },
      file: { type: "string" },
      "password-stdin": { type: "boolean" },
      "sso-only": { type: "boolean" },
    },
    strict: true,
  });
  const file = values.file ?? process.env.USERS_FILE;
  if (!file) fail(`Say which users file: --file <path> or USERS_FILE.\n${usage}`);
  if (!values.email || !values.name) fail(usage);
  const users = readFile(file);
  const email = values.email.trim().toLowerCase();
  const existing = users.users.find((person) => person.email === email);
  const draft = personSchema.safeParse({ email, name: values.name, actsFor: actsForFrom(values) });
  if (!draft.success) {
    const problems = draft.error.issues.map(
      (issue) => `  - ${formatPath(issue.path)}: ${issue.message}`,
    );
    fail(`Not added:\n${problems.join("\n")}`);
  }
  const hash = await passwordHash(values);
  const person: Person = { ...draft.data, ...(hash ? { passwordHash: hash } : {}) };
  const next = {
    users: existing
      ? users.users.map((entry) => (entry.email === email ? person : entry))
      : [...users.users, person],
  };
  const text = `${JSON.stringify(next, null, 2)}\n`;
  parseUsersFile(text, file);
  const temporary = `${file}.tmp-${process.pid}`;
  writeFileSync(temporary, text, { mode: 0o600 });
  renameSync(temporary, file);
  console.log(`${existing ? "Updated" : "Added"} ${email} in ${file}.`);
}

main().catch((error: unknown) => {
  fail(error instanceof UsersFileError ? error.message : String(error));
});
