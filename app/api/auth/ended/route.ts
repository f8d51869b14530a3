import type { NextResponse } from "next/server";
import { endSessionRoute } from "@/lib/auth/session-routes";

/** Ends a session Moov no longer honours and shows the sign-in page with the reason. */
export function GET(request: Request): Promise<NextResponse> {
  return endSessionRoute(request);
}
