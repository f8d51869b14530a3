import type { AgentKind } from "./users-file";

/** What /api/auth/session returns: who is signed in and the account worked, never a token. */
declare module "next-auth" {
  interface Session {
    kind?: AgentKind;
    accountID?: string;
  }
}
