import type { NextRequest, NextResponse } from "next/server";
import { signOut } from "@/lib/auth/session-routes";

/** Signs out: the server session ends (every copy of the cookie with it) and its tokens are revoked. */
export function POST(request: NextRequest): Promise<NextResponse> {
  return signOut(request);
}
