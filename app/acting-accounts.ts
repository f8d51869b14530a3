import {
  type ActingAccount,
  listActingAccounts,
  redirectToSignIn,
  SessionEndedError,
} from "@/lib/auth/agent";

/**
 * The accounts the person acts for, for a page that can do without them: an
 * ended session goes to sign-in (saying why); Moov out of reach gives none.
 */
export async function actingAccountsOrNone(): Promise<ActingAccount[]> {
  try {
    return await listActingAccounts();
  } catch (error) {
    if (error instanceof SessionEndedError) await redirectToSignIn(error);
    console.error("auth: could not name the acting accounts", (error as Error).name);
    return [];
  }
}
