import type { NextRequest, NextResponse } from "next/server";
import { sessionEnded } from "@/lib/auth/session-routes";

/** Clears a session the page learnt has ended and shows the sign-in page with the reason. */
export function POST(request: NextRequest): Promise<NextResponse> {
  return sessionEnded(request);
}
