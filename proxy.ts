import { type NextRequestWithAuth, withAuth } from "next-auth/middleware";
import { guardDashboard } from "@/lib/auth/proxy-guard";

/**
 * Guards every dashboard route: no session → the sign-in page (back here
 * afterwards). With a session, lib/auth/proxy-guard keeps its Moov tokens
 * fresh. The sign-in page, next-auth's own routes, the health probe and the
 * signed webhook are left alone; API route handlers check the session
 * themselves and answer 401/403 as JSON instead of redirecting.
 */
export default withAuth((request: NextRequestWithAuth) => guardDashboard(request), {
  pages: { signIn: "/sign-in" },
  callbacks: { authorized: ({ token }) => token !== null },
});

export const config = {
  matcher: ["/((?!api/|_next/|sign-in|favicon\\.ico|robots\\.txt|.*\\.(?:png|svg|ico|webp)$).*)"],
};
