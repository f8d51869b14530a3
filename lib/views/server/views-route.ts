import "server-only";
import { NextResponse } from "next/server";
import { currentAgent, NotSignedInError } from "@/lib/auth/agent";
import { describeFailure } from "@/lib/tickets/server/describe-failure";
import { errorResponse } from "@/lib/tickets/server/read-handler";
import { viewStore } from "./view-store";

/** GET /api/views: the signed-in person's saved views, for the Views menu. */
export async function handleListViews(): Promise<Response> {
  try {
    const agent = await currentAgent();
    if (!agent) throw new NotSignedInError();
    const views = await viewStore().list(agent.email);
    return NextResponse.json({ views }, { headers: { "cache-control": "no-store" } });
  } catch (error) {
    return errorResponse(describeFailure(error));
  }
}
