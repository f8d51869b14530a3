import "server-only";
import { statSync } from "node:fs";
import { env } from "@/lib/env";
import { processWide } from "@/lib/process-wide";
import {
  findPerson,
  loadUsersFile,
  type Person,
  type UsersFile,
  UsersFileError,
} from "./users-file";

/**
 * The deployment's users file (USERS_FILE). It is looked at again at most
 * every few seconds (by size, time and inode, so an editor's save-by-rename
 * counts too) and re-read when it changed: removing or changing a person
 * takes effect without a restart, and their sessions end on their next
 * request (session/lifecycle.ts). A new version that does not parse is
 * reported and the last good one stays in force.
 */
const recheckMs = 2_000;

type Loaded = { file: UsersFile; stamp: string; checkedAt: number };
const state = processWide("auth.users-file", () => ({ loaded: undefined as Loaded | undefined }));

function stampOf(path: string): string {
  const stat = statSync(path);
  return `${stat.ino}:${stat.size}:${stat.mtimeMs}:${stat.ctimeMs}`;
}

/** Anyone but the owner able to write the file could make themselves an agent of any account. */
export function assertNotWritableByOthers(path: string): void {
  const mode = statSync(path).mode;
  if ((mode & 0o022) !== 0) {
    throw new UsersFileError(
      `${path} is writable by ${mode & 0o020 ? "its group" : "others"} (mode ${(mode & 0o777).toString(8)}): anyone who can write it can give themselves access. Run: chmod go-w ${path}`,
    );
  }
}

export function usersFile(now = Date.now()): UsersFile {
  const path = env().USERS_FILE;
  const loaded = state.loaded;
  if (loaded && now - loaded.checkedAt < recheckMs) return loaded.file;
  try {
    const stamp = stampOf(path);
    if (loaded && loaded.stamp === stamp) {
      loaded.checkedAt = now;
      return loaded.file;
    }
    assertNotWritableByOthers(path);
    state.loaded = { file: loadUsersFile(path), stamp, checkedAt: now };
    return state.loaded.file;
  } catch (error) {
    if (!loaded) throw error;
    console.error(
      "auth: the users file changed but cannot be used; keeping the last good one:",
      error instanceof Error ? error.message : String(error),
    );
    loaded.checkedAt = now;
    return loaded.file;
  }
}

export function personByEmail(email: string): Person | undefined {
  return findPerson(usersFile(), email);
}

/** Start-up check (instrumentation.ts): a malformed or unsafe users file stops the server with its message. */
export function exitOnInvalidUsersFile(): void {
  try {
    usersFile();
  } catch (error) {
    if (!(error instanceof UsersFileError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}
