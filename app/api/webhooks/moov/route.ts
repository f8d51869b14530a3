import { NextResponse } from "next/server";
import { forgetAccountLists } from "@/lib/all-accounts/server/account-page-reader";
import { env } from "@/lib/env";
import { liveEventBus } from "@/lib/live/bus";
import { handleMoovWebhook } from "@/lib/webhooks/handle-webhook";

/** Moov's webhook deliveries; signed, not session-authenticated. */
export async function POST(request: Request): Promise<NextResponse> {
  const outcome = await handleMoovWebhook(request, {
    secret: env().MOOV_WEBHOOK_SECRET,
    bus: liveEventBus(),
    forgetAccount: forgetAccountLists,
  });
  return NextResponse.json(outcome.body, {
    status: outcome.status,
    headers: { "cache-control": "no-store" },
  });
}
