import "server-only";
import { env } from "@/lib/env";
import {
  findPerson,
  loadUsersFile,
  type Person,
  type UsersFile,
  UsersFileError,
} from "./users-file";

/** The deployment's users file (USERS_FILE), read once per server process. */
let cached: UsersFile | undefined;

export function usersFile(): UsersFile {
  cached ??= loadUsersFile(env().USERS_FILE);
  return cached;
}

export function personByEmail(email: string): Person | undefined {
  return findPerson(usersFile(), email);
}

/** Start-up check (instrumentation.ts): a malformed users file stops the server with its message. */
export function exitOnInvalidUsersFile(): void {
  try {
    usersFile();
  } catch (error) {
    if (!(error instanceof UsersFileError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}
