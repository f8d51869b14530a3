import { OverviewView } from "@/components/overview/overview-view";
import { NotSignedInError, redirectToSignIn, SessionEndedError } from "@/lib/auth/agent";
import { readOverview } from "@/lib/overview/server/read-overview";

/**
 * The overview's numbers, read on the server and drawn there (streamed in
 * behind the page's frame): of `accountID`, or of every account the person
 * acts for. An ended session goes to sign-in; any other failure reaches the
 * segment's error boundary, while a single account's failure is shown inside.
 */
export async function OverviewSection({ accountID }: { accountID?: string }) {
  let overview: Awaited<ReturnType<typeof readOverview>>;
  try {
    overview = await readOverview(accountID);
  } catch (error) {
    if (error instanceof SessionEndedError || error instanceof NotSignedInError) {
      return redirectToSignIn(error);
    }
    throw error;
  }
  return <OverviewView overview={overview} across={accountID === undefined} />;
}
