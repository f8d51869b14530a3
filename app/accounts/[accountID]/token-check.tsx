import { checkAccountToken, redirectToSignIn, SessionEndedError } from "@/lib/auth/agent";

type Props = { accountID: string };

/**
 * Rendered inside a Suspense boundary after the page's frame has gone out: a
 * token Moov refuses ends the session (the redirect reaches the browser
 * through the stream). Any other failure is the page's to show (its own reads
 * fail the same way), so this renders nothing.
 */
export async function TokenCheck({ accountID }: Props) {
  try {
    await checkAccountToken(accountID);
  } catch (error) {
    if (error instanceof SessionEndedError) await redirectToSignIn(error);
  }
  return null;
}
