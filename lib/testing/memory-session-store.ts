import { createCipher } from "@/lib/auth/session/cipher";
import { SqliteSessionStore } from "@/lib/auth/session/sqlite-session-store";
import { openSqlite } from "@/lib/storage/sqlite-database";

/** A real session store in memory, sealed with a fixed test key: for tests that sign people in. */
export function memorySessionStore(): SqliteSessionStore {
  return new SqliteSessionStore(
    openSqlite(":memory:"),
    createCipher(Buffer.alloc(32, 1).toString("base64")),
  );
}
