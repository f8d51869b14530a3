import type { NextResponse } from "next/server";
import { switchAccount } from "@/lib/auth/session-routes";

/** Switches the account being worked: checks permission, mints its token, redirects to `next`. */
export function GET(request: Request): Promise<NextResponse> {
  return switchAccount(request);
}
