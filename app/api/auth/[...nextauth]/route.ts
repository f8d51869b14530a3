import type { NextRequest } from "next/server";
import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/sign-in/auth-options";

type Context = { params: Promise<{ nextauth: string[] }> };

/** next-auth's own routes: sign-in callbacks, session, CSRF, providers, sign-out. */
async function handler(request: NextRequest, context: Context): Promise<Response> {
  return NextAuth(request, context, authOptions());
}

export { handler as GET, handler as POST };
