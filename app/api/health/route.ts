import { NextResponse } from "next/server";

/** Liveness for the demo launcher and the E2E harness; it touches no upstream. */
export function GET(): NextResponse {
  return NextResponse.json({ ok: true }, { headers: { "cache-control": "no-store" } });
}
