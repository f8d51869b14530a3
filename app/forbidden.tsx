import type { Metadata } from "next";
import Link from "next/link";
import { buttonVariants } from "@/components/ui/button";
import { ShieldAlert } from "@/components/ui/icons";

export const metadata: Metadata = { title: "Not allowed" };

/** A 403: a forged or outdated account address. */
export default function Forbidden() {
  return (
    <main className="flex min-h-screen items-center justify-center px-4">
      <div className="max-w-md rounded-xl border border-line bg-surface p-8 text-center">
        <ShieldAlert className="mx-auto size-8 text-danger" />
        <h1 className="mt-3 text-xl font-semibold text-ink">You can't act for this account</h1>
        <p className="mt-2 text-sm text-ink-muted">
          This address belongs to an account you don't work for. Pick one of your accounts instead.
        </p>
        <Link href="/" className={`${buttonVariants({ variant: "primary" })} mt-6`}>
          Go to your accounts
        </Link>
      </div>
    </main>
  );
}
