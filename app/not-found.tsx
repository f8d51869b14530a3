import Link from "next/link";
import { connection } from "next/server";

/**
 * Any unknown URL. Rendered per request (connection()) so its scripts carry
 * this request's CSP nonce; a prerendered page would have none and be blocked.
 */
export default async function NotFound() {
  await connection();
  return (
    <main className="mx-auto flex min-h-screen max-w-md flex-col justify-center gap-3 p-8">
      <h1 className="text-2xl font-semibold">Page not found</h1>
      <p className="text-ink-muted">This page could not be found.</p>
      <Link href="/" className="text-accent underline underline-offset-2">
        Go to your tickets
      </Link>
    </main>
  );
}
