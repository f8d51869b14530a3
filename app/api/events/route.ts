import { NextResponse } from "next/server";
import { listActingAccounts, NotSignedInError } from "@/lib/auth/agent";
import { liveEventBus } from "@/lib/live/bus";
import { createLiveEventStream } from "@/lib/live/sse-stream";

export const dynamic = "force-dynamic";

/**
 * Server-sent events for the signed-in person. The accounts they may act for
 * are read once, here, in their own request: listeners run in the context of
 * whichever request published the event, where this person's cookies are gone.
 */
export async function GET(request: Request): Promise<Response> {
  let allowed: Set<string>;
  try {
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
