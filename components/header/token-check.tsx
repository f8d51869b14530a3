import { redirect } from "next/navigation";
import { checkAccountToken, SessionEndedError } from "@/lib/auth/agent";
import { DirectoryTokenRejectedError } from "@/lib/auth/directory";
import { sessionEndedPath } from "@/lib/auth/paths";

type Props = { accountID: string; here: string };

/**
 * Rendered inside a Suspense boundary after the page's frame has gone out: a
 * token Moov refuses ends the session (the redirect reaches the browser
 * through the stream). Any other failure is the page's to show (its own reads
 * fail the same way), so this renders nothing.
 */
export async function TokenCheck({ accountID, here }: Props) {
  try {
    await checkAccountToken(accountID);
  } catch (error) {
    if (error instanceof DirectoryTokenRejectedError) redirect(sessionEndedPath("revoked", here));
    if (error instanceof SessionEndedError) redirect(sessionEndedPath(error.reason, here));
  }
  return null;
}
