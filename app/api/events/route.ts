import { NextResponse } from "next/server";
import { currentLiveSession, listActingAccounts, NotSignedInError } from "@/lib/auth/agent";
import { sessionIsLive } from "@/lib/auth/session/lifecycle";
import { env } from "@/lib/env";
import { liveEventBus } from "@/lib/live/bus";
import { createLiveEventStream } from "@/lib/live/sse-stream";

export const dynamic = "force-dynamic";

/**
 * Server-sent events for the signed-in person. The accounts they may act for
 * are read once, here, in their own request: listeners run in the context of
 * whichever request published the event, where this person's cookies are gone.
 * The session is looked up again in the store every LIVE_SESSION_RECHECK_SECONDS,
 * so a sign-out elsewhere closes this stream too.
 */
export async function GET(request: Request): Promise<Response> {
  let allowed: Set<string>;
  let session: { id: string; email: string };
  try {
    session = await currentLiveSession();
    allowed = new Set((await listActingAccounts()).map((account) => account.accountID));
  } catch (error) {
    if (error instanceof NotSignedInError) {
      return NextResponse.json({ error: "Not signed in." }, { status: 401 });
    }
    throw error;
  }
  const stream = createLiveEventStream({
    bus: liveEventBus(),
    mayActFor: (accountID) => allowed.has(accountID),
    signal: request.signal,
    recheck: () => sessionIsLive(session.id),
    recheckMs: env().LIVE_SESSION_RECHECK_SECONDS * 1000,
    personKey: session.email,
  });
  return new Response(stream, {
    headers: {
      "content-type": "text/event-stream; charset=utf-8",
      "cache-control": "no-store, no-transform",
      connection: "keep-alive",
      "x-accel-buffering": "no",
    },
  });
}
