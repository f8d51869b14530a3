/**
 * Runs once when the server starts: a missing or malformed variable, an
 * unsafe users file or an unusable session store stops the server here, with a message naming it, rather than inside the
 * first request. It also starts stamping each request with its TCP peer, which
 * the sign-in throttle needs and Next does not expose (lib/auth/sign-in/peer-address.ts).
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { stampPeerAddress } = await import("@/lib/auth/sign-in/peer-address");
    stampPeerAddress();
    const { exitOnInvalidEnv } = await import("@/lib/env");
    exitOnInvalidEnv();
    const { exitOnInvalidUsersFile } = await import("@/lib/auth/users/users");
    exitOnInvalidUsersFile();
    const { exitOnUnusableSessionStore } = await import("@/lib/auth/session/session-store");
    exitOnUnusableSessionStore();
  }
}
