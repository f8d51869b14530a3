/**
 * Runs once when the server starts: a missing or malformed variable or users
 * file stops the server here, with a message naming it, rather than inside the
 * first request.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { exitOnInvalidEnv } = await import("@/lib/env");
    exitOnInvalidEnv();
    const { exitOnInvalidUsersFile } = await import("@/lib/auth/users");
    exitOnInvalidUsersFile();
  }
}
