import type { NextRequest, NextResponse } from "next/server";
import { switchAccount } from "@/lib/auth/session-routes";

/** Switches the account being worked (a POST form): permission, token, then `next`. */
export function POST(request: NextRequest): Promise<NextResponse> {
  return switchAccount(request);
}
